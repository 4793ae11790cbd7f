package io.xinling.domain.inventory.costing;

import java.util.List;
import java.util.Map;

/**
 * Referenced sales return (spec 2.7): the original cost {@code C_s} of the fed sale is its cost plus
 * the settlement adjustments attributed to it by movements ordered before the return; a return takes
 * round(C_s × q / q_s), and the return of the last remaining units takes the remaining cost.
 */
final class ReturnRule {

    private ReturnRule() {
    }

    static void apply(CostingRun run, int i) {
        CostingTape t = run.t;
        int sale = t.feed[i];
        long soldQty = t.qty[sale];
        long originalCost = -t.amount[sale] + attributed(t, sale, i);
        long returnedQty = 0;
        long returnedCost = 0;
        for (int prior : t.returnsOfSale.getOrDefault(sale, new int[0])) {
            if (prior < i) {
                returnedQty += t.qty[prior];
                returnedCost += t.amount[prior];
            }
        }
        long qty = t.qty[i];
        long remainingQty = soldQty - returnedQty;
        if (qty > remainingQty) {
            run.fault = new EngineFault(i, EngineFault.Reason.RETURN_EXCEEDS_SALE, qty - remainingQty);
            return;
        }
        long cost = qty == remainingQty
                ? originalCost - returnedCost
                : CostArithmetic.mulDivHalfUp(originalCost, qty, soldQty);
        run.inbound(i, qty, cost, CostBasis.ORIGINAL);
    }

    private static long attributed(CostingTape t, int sale, int before) {
        long sum = 0;
        for (Map.Entry<Integer, List<SettlementPart>> e : t.settlements.entrySet()) {
            if (e.getKey() < before) {
                for (SettlementPart part : e.getValue()) {
                    if (part.holePosition() == sale) {
                        sum += part.adjustment();
                    }
                }
            }
        }
        return sum;
    }
}
