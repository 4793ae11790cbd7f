package io.xinling.domain.inventory.costing;

import java.math.BigDecimal;

/**
 * The reference cost R (spec 2.6) that values units with no value behind them: V/Q after the latest
 * value-in that left stock positive, else the unit price of the latest inbound, else the SKU's
 * reference cost, else zero when the SKU allows it (rule 3, the average over other warehouses, is not
 * applied: it would make a key's cost depend on keys outside the re-costing closure).
 */
final class ReferenceCost {

    private static final BigDecimal UNKNOWN = new BigDecimal("0E-10");

    private ReferenceCost() {
    }

    /** The reference cost R of spec 2.6 (rules 1, 2, 4, 5), or null after recording a fault. */
    static BigDecimal of(CostingRun run, int i, int k) {
        if (run.rq[k] > 0) {
            return CostArithmetic.unitCost(run.rv[k], run.rq[k], run.t.moneyDigits);
        }
        if (run.iq[k] > 0) {
            return CostArithmetic.unitCost(run.ia[k], run.iq[k], run.t.moneyDigits);
        }
        if (run.t.masterReference[k] != null) {
            return run.t.masterReference[k];
        }
        if (run.t.allowZeroCost[k]) {
            return UNKNOWN;
        }
        run.fault = new EngineFault(i, EngineFault.Reason.COST_UNKNOWN, 0);
        return null;
    }

    /**
     * R of the key of {@code leg} just before that leg, as an allocation weight (zero when there is none):
     * from the running state when the key is being costed in this pass, else from its stored row.
     */
    static BigDecimal weightAt(CostingRun run, int leg) {
        CostingTape t = run.t;
        int k = t.key[leg];
        if (run.isCosting(k, leg)) {
            return weight(run.rq[k], run.rv[k], run.iq[k], run.ia[k], t, k);
        }
        int p = t.prevOfKey[leg];
        return p == CostingTape.NONE ? weight(0, 0, 0, 0, t, k)
                : weight(t.refQty[p], t.refValue[p], t.inQty[p], t.inAmount[p], t, k);
    }

    private static BigDecimal weight(long rq, long rv, long iq, long ia, CostingTape t, int k) {
        if (rq > 0) {
            return CostArithmetic.unitCost(rv, rq, t.moneyDigits);
        }
        if (iq > 0) {
            return CostArithmetic.unitCost(ia, iq, t.moneyDigits);
        }
        return t.masterReference[k] != null ? t.masterReference[k] : BigDecimal.ZERO;
    }

    /** REFERENCE, or UNKNOWN when zero was used for want of any reference. */
    static CostBasis basis(BigDecimal r) {
        return r == UNKNOWN ? CostBasis.UNKNOWN : CostBasis.REFERENCE;
    }
}
