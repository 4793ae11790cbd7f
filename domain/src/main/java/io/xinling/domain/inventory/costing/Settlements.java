package io.xinling.domain.inventory.costing;

import java.util.ArrayList;
import java.util.List;

/** Inbound while a key is negative (spec 2.6): fills holes FIFO and settles their provisional cost. */
final class Settlements {

    private final CostingRun run;

    Settlements(CostingRun run) {
        this.run = run;
    }

    /** Applies receipt {@code i} of {@code r} units worth {@code a} to a negative key; returns adj. */
    long fill(int i, long r, long a) {
        int k = run.t.key[i];
        long held = run.q[k];
        long adjustment;
        List<SettlementPart> parts;
        if (held + r <= 0) {
            parts = run.holes[k].take(r, run.t.id);
            long provisional = sumProvisional(parts);
            parts = distribute(parts, a, r);
            adjustment = a - provisional;
            run.v[k] += provisional;
        } else {
            long owed = -held;
            long actual = CostArithmetic.mulDivHalfUp(a, owed, r);
            parts = distribute(run.holes[k].take(owed, run.t.id), actual, owed);
            adjustment = actual + run.v[k];
            run.v[k] = a - actual;
        }
        run.q[k] = held + r;
        run.t.settlements.put(i, parts);
        return adjustment;
    }

    private static long sumProvisional(List<SettlementPart> parts) {
        long sum = 0;
        for (SettlementPart part : parts) {
            sum += part.provisional();
        }
        return sum;
    }

    /** Gives each part its share of {@code actual} by quantity, the last part the remainder. */
    private static List<SettlementPart> distribute(List<SettlementPart> parts, long actual, long base) {
        List<SettlementPart> out = new ArrayList<>(parts.size());
        long given = 0;
        for (int j = 0; j < parts.size(); j++) {
            SettlementPart p = parts.get(j);
            long mine = j == parts.size() - 1 ? actual - given : CostArithmetic.mulDivHalfUp(actual, p.quantity(), base);
            given += mine;
            out.add(new SettlementPart(p.holeMovement(), p.holePosition(), p.quantity(), p.provisional(),
                    mine - p.provisional()));
        }
        return List.copyOf(out);
    }
}
