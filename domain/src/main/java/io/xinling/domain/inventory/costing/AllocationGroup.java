package io.xinling.domain.inventory.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The inbound legs of one assembly or disassembly document (spec 2.9): their total is the document's
 * outbound costs plus the fee, split by weight; every leg but the last gets round(total × w / Σw), the
 * last takes the remainder. A leg's weight is its BOM weight × quantity when the BOM gives one,
 * otherwise its key's reference cost R (exact, scale 10) × quantity; by quantity when all are zero.
 * The split is computed once per pass, at the first leg, from each key's state just before its leg.
 */
final class AllocationGroup {

    final int[] sources;
    final int[] legs;
    private final BigDecimal[] bomWeights;
    private final long fee;
    private long[] parts;

    AllocationGroup(int[] sources, int[] legs, BigDecimal[] bomWeights, long fee) {
        this.sources = sources;
        this.legs = legs;
        this.bomWeights = bomWeights;
        this.fee = fee;
    }

    long amountOf(int position, CostingRun run) {
        if (position == legs[0] || parts == null) {
            parts = allocate(run);
        }
        for (int j = 0; j < legs.length; j++) {
            if (legs[j] == position) {
                return parts[j];
            }
        }
        throw new IllegalStateException("position " + position + " is not a leg of this group");
    }

    private long[] allocate(CostingRun run) {
        long total = fee;
        for (int source : sources) {
            total = Math.subtractExact(total, run.t.amount[source]);
        }
        BigDecimal[] w = weights(run);
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal x : w) {
            sum = sum.add(x);
        }
        long[] out = new long[legs.length];
        long given = 0;
        for (int j = 0; j < legs.length; j++) {
            out[j] = j == legs.length - 1 ? total - given
                    : BigDecimal.valueOf(total).multiply(w[j]).divide(sum, 0, RoundingMode.HALF_UP).longValueExact();
            given += out[j];
        }
        return out;
    }

    private BigDecimal[] weights(CostingRun run) {
        BigDecimal[] w = new BigDecimal[legs.length];
        boolean allZero = true;
        for (int j = 0; j < legs.length; j++) {
            BigDecimal qty = BigDecimal.valueOf(run.t.qty[legs[j]], CostArithmetic.QTY_SCALE);
            BigDecimal perUnit = bomWeights[j] != null ? bomWeights[j] : ReferenceCost.weightAt(run, legs[j]);
            w[j] = perUnit.multiply(qty);
            allZero &= w[j].signum() == 0;
        }
        if (allZero) {
            for (int j = 0; j < legs.length; j++) {
                w[j] = BigDecimal.valueOf(run.t.qty[legs[j]], CostArithmetic.QTY_SCALE);
            }
        }
        return w;
    }
}
