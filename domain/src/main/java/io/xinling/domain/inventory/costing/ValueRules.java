package io.xinling.domain.inventory.costing;

/** Value-only movements (spec 2.11): a cost adjustment, or a late charge that is expensed when nothing is held. */
final class ValueRules {

    private ValueRules() {
    }

    static void adjust(CostingRun run, int i, long x) {
        int k = run.t.key[i];
        if (run.q[k] <= 0 || run.v[k] + x < 0) {
            run.fault = new EngineFault(i, EngineFault.Reason.ADJUSTMENT_NOT_ALLOWED, 0);
            return;
        }
        run.v[k] += x;
        run.refreshReference(k);
        run.write(i, x, 0, 0, CostBasis.INPUT);
    }

    static void adjustOrExpense(CostingRun run, int i, long x) {
        int k = run.t.key[i];
        boolean intoStock = run.q[k] > 0 && run.v[k] + x >= 0;
        if (intoStock) {
            run.v[k] += x;
            run.refreshReference(k);
        }
        run.write(i, x, intoStock ? 0 : x, 0, CostBasis.INPUT);
    }
}
