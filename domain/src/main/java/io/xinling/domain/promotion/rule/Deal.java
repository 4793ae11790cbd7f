package io.xinling.domain.promotion.rule;

/**
 * One deal as its rule prices it while {@link Deals} cuts a pool: the regular amount of all its units and
 * the pieces that take the benefit (targets). A single instance is refilled for every deal of an evaluation
 * so that cutting allocates nothing per deal; a rule must read it inside its value function and not keep it.
 */
public final class Deal {

    /** The value of some target units of one line: {@code units} at {@code unitPrice}, {@code amount} in all. */
    @FunctionalInterface
    public interface PieceValue {
        long of(long unitPrice, long units, long amount);
    }

    private final long[] targetPrice;
    private final long[] targetUnits;
    private int targets;
    private long targetAmount;
    private long regularAmount;

    /** A deal of at most {@code maxTargets} target pieces. */
    Deal(int maxTargets) {
        targetPrice = new long[maxTargets];
        targetUnits = new long[maxTargets];
    }

    void clear() {
        targets = 0;
        targetAmount = 0;
        regularAmount = 0;
    }

    void add(long unitPrice, long units, boolean target) {
        long amount = unitPrice * units;
        regularAmount += amount;
        if (target) {
            targetPrice[targets] = unitPrice;
            targetUnits[targets++] = units;
            targetAmount += amount;
        }
    }

    /** Σ amount of the units that take the benefit. */
    public long targetAmount() {
        return targetAmount;
    }

    /** Σ amount of all the deal's units, targets and fillers. */
    public long regularAmount() {
        return regularAmount;
    }

    /** Σ {@code value} over the target pieces, one piece per line and run, as a per-piece rounding needs. */
    public long overTargets(PieceValue value) {
        long sum = 0;
        for (int k = 0; k < targets; k++) {
            sum += value.of(targetPrice[k], targetUnits[k], targetPrice[k] * targetUnits[k]);
        }
        return sum;
    }
}
