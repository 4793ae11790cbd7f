package io.xinling.domain.promotion.rule;

import java.math.BigInteger;
import java.util.List;

/**
 * Largest-remainder allocation in minor units (spec 3.7): every part gets the floor of its exact share,
 * the leftover units go one each to the largest fractional parts, ties to the earlier part. Long
 * arithmetic, with an exact fallback when a product would overflow.
 */
public final class Allocation {

    private Allocation() {
    }

    public static long[] largestRemainder(long total, long[] weights) {
        int n = weights.length;
        long[] parts = new long[n];
        largestRemainder(total, weights, n, parts, new long[n]);
        return parts;
    }

    /**
     * {@link #largestRemainder(long, long[])} over the first {@code n} weights, into {@code parts} (and
     * {@code rem} as scratch), for callers that split many times and reuse their arrays.
     */
    static void largestRemainder(long total, long[] weights, int n, long[] parts, long[] rem) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum = Math.addExact(sum, weights[i]);
        }
        java.util.Arrays.fill(parts, 0, n, 0);
        if (total == 0 || sum == 0) {
            return;
        }
        long given = 0;
        for (int i = 0; i < n; i++) {
            long hi = Math.multiplyHigh(total, weights[i]);
            long lo = total * weights[i];
            if (hi == 0 && lo >= 0) {
                parts[i] = lo / sum;
                rem[i] = lo % sum;
            } else {
                BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i]))
                        .divideAndRemainder(BigInteger.valueOf(sum));
                parts[i] = qr[0].longValueExact();
                rem[i] = qr[1].longValueExact();
            }
            given += parts[i];
        }
        handOutLeftover(parts, rem, weights, n, total - given);
    }

    /** One unit each to the largest remainders, ties to the earlier part. */
    private static void handOutLeftover(long[] parts, long[] rem, long[] weights, int n, long leftover) {
        for (long left = leftover; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (weights[i] > 0 && (best < 0 || rem[i] > rem[best])) {
                    best = i;
                }
            }
            parts[best]++;
            rem[best] = -1;
        }
    }

    /**
     * Allocates {@code total} over lines weighted by their payable; one share per line with a part. The
     * split is worked out when the shares are first read ({@link ProRataShares}): an order-level benefit
     * that loses to another in its exclusion group is compared by its total and never split.
     */
    public static List<LineShare> overPayables(List<LineView> lines, long total, String basis) {
        return new ProRataShares(lines, total, basis);
    }

    /** {@code total} split over the lines by payable: one part per line, in line order. */
    static long[] partsOverPayables(List<LineView> lines, long total) {
        long[] weights = new long[lines.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = lines.get(i).payable();
        }
        return largestRemainder(total, weights);
    }

    /**
     * {@code total} split over the lines by payable (one share per line with a part, as {@link #overPayables}),
     * and {@code points} split over those shares by their amounts: each share records the points that paid for it.
     */
    public static List<LineShare> withPoints(List<LineView> lines, long total, long points, String basis) {
        long[] parts = partsOverPayables(lines, total);
        int[] at = new int[parts.length];
        long[] cash = new long[parts.length];
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > 0) {
                at[count] = i;
                cash[count++] = parts[i];
            }
        }
        long[] pointParts = largestRemainder(points, java.util.Arrays.copyOf(cash, count));
        LineShare[] shares = new LineShare[count];
        for (int k = 0; k < count; k++) {
            LineView v = lines.get(at[k]);
            shares[k] = new LineShare(v.index(), cash[k], v.lineUnits(), basis, pointParts[k]);
        }
        return FrozenList.owning(shares, count);
    }

    /** {@link #overPayables}, worked out now. */
    static List<LineShare> splitOverPayables(List<LineView> lines, long total, String basis) {
        long[] parts = partsOverPayables(lines, total);
        LineShare[] shares = new LineShare[parts.length];
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > 0) {
                LineView v = lines.get(i);
                shares[count++] = LineShare.of(v.index(), parts[i], v.lineUnits(), basis);
            }
        }
        return FrozenList.owning(shares, count);
    }
}
