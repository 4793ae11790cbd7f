package io.xinling.domain.inventory.costing;

import java.util.Arrays;
import java.util.Optional;

/**
 * Re-costs a {@link CostingTape} (spec 2.12). {@link #replayAll} replays every movement from empty
 * state: the reference. {@link #recost} is the affected-closure optimisation: it starts from the
 * stored after-states and costs only the keys touched, from the given position on, adding the key of
 * every movement fed by a re-costed one (transfer-in, kit or component in, referenced return). A key
 * that was negative just before its start is started earlier, at its last non-negative point, so its
 * hole list is rebuilt exactly. Both return the same amounts (invariant I-11, checked by properties).
 */
public final class Recoster {

    private static final int INACTIVE = Integer.MAX_VALUE;
    private static final byte FED = MovementKind.INBOUND_FED.code();
    private static final byte ALLOCATED = MovementKind.INBOUND_ALLOCATED.code();
    private static final byte RETURN = MovementKind.RETURN_REFERENCED.code();
    private static final byte SWITCH_IN = MovementKind.SWITCH_IN.code();

    private Recoster() {
    }

    /** Replays every movement from empty state. */
    public static RecostReport replayAll(CostingTape t) {
        CostingRun run = new CostingRun(t);
        t.settlements.clear();
        int costed = 0;
        for (int i = 0; i < t.size; i++) {
            costed++;
            if (!run.step(i)) {
                break;
            }
        }
        return new RecostReport(run.deltas, costed, Optional.ofNullable(run.fault));
    }

    /** Re-costs the closure of {@code seedKeys} from position {@code from} on. */
    public static RecostReport recost(CostingTape t, int from, int... seedKeys) {
        int[] start = new int[t.keyCount];
        Arrays.fill(start, INACTIVE);
        for (int k : seedKeys) {
            start[k] = Math.min(start[k], from);
        }
        int[] first = closure(t, from, start);
        CostingRun run = new CostingRun(t);
        int loopStart = startKeys(t, run, first);
        run.costingFrom = first;
        int costed = 0;
        for (int i = loopStart; i < t.size; i++) {
            if (i >= first[t.key[i]]) {
                costed++;
                if (!run.step(i)) {
                    break;
                }
            }
        }
        return new RecostReport(run.deltas, costed, Optional.ofNullable(run.fault));
    }

    /** Phase 1: which keys join, and each key's first movement to re-cost. */
    private static int[] closure(CostingTape t, int from, int[] start) {
        int[] first = new int[t.keyCount];
        Arrays.fill(first, INACTIVE);
        for (int i = from; i < t.size; i++) {
            int k = t.key[i];
            byte kind = t.kind[i];
            if (kind == ALLOCATED && t.groups.get(i).legs[0] == i) {
                joinGroup(t, start, t.groups.get(i));
            } else if (kind == SWITCH_IN && start[k] > i && start[t.key[t.feed[i]]] < i) {
                start[k] = i;
            } else if (kind >= FED && kind <= RETURN && start[k] > i && fedByActive(t, start, i)) {
                start[k] = i;
            }
            if (start[k] <= i && first[k] == INACTIVE) {
                first[k] = i;
            }
        }
        return first;
    }

    /** An allocation group is re-costed as a whole when a source or any leg's key is re-costed. */
    private static void joinGroup(CostingTape t, int[] start, AllocationGroup group) {
        boolean active = false;
        for (int s : group.sources) {
            active |= start[t.key[s]] <= s;
        }
        for (int leg : group.legs) {
            active |= start[t.key[leg]] <= leg;
        }
        if (active) {
            for (int leg : group.legs) {
                start[t.key[leg]] = Math.min(start[t.key[leg]], leg);
            }
        }
    }

    private static boolean fedByActive(CostingTape t, int[] start, int i) {
        switch (MovementKind.of(t.kind[i])) {
            case INBOUND_FED -> {
                int s = t.feed[i];
                return start[t.key[s]] <= s;
            }
            case RETURN_REFERENCED -> {
                return start[t.key[t.feed[i]]] < i;
            }
            default -> {
                return false;
            }
        }
    }

    /** Phase 2: start each joined key at its last non-negative point; returns the loop start. */
    private static int startKeys(CostingTape t, CostingRun run, int[] first) {
        int loopStart = t.size;
        for (int k = 0; k < t.keyCount; k++) {
            if (first[k] == INACTIVE) {
                continue;
            }
            int f = first[k];
            int p = t.prevOfKey[f];
            while (p != CostingTape.NONE && t.qtyAfter[p] < 0) {
                f = p;
                p = t.prevOfKey[p];
            }
            first[k] = f;
            run.startKey(k, p);
            loopStart = Math.min(loopStart, f);
        }
        return loopStart;
    }
}
