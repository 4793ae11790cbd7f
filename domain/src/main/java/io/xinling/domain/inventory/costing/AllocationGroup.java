package io.xinling.domain.inventory.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The inbound legs of one assembly or disassembly document: their amount is the sum of the document's
 * outbound costs plus the fee, split by weight; every leg but the last gets round(total × w / Σw),
 * the last takes the remainder (spec 2.9).
 */
final class AllocationGroup {

    final int[] sources;
    final int[] legs;
    final BigDecimal[] weights;
    final long fee;

    AllocationGroup(int[] sources, int[] legs, BigDecimal[] weights, long fee) {
        this.sources = sources;
        this.legs = legs;
        this.weights = weights;
        this.fee = fee;
    }

    long amountOf(int position, long[] amounts) {
        long total = fee;
        for (int source : sources) {
            total = Math.subtractExact(total, amounts[source]);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            sum = sum.add(w);
        }
        long given = 0;
        for (int j = 0; j < legs.length; j++) {
            long part = j == legs.length - 1 ? total - given : share(total, weights[j], sum);
            if (legs[j] == position) {
                return part;
            }
            given += part;
        }
        throw new IllegalStateException("position " + position + " is not a leg of this group");
    }

    private static long share(long total, BigDecimal weight, BigDecimal sum) {
        return BigDecimal.valueOf(total).multiply(weight).divide(sum, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
