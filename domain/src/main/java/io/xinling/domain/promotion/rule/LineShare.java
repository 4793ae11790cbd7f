package io.xinling.domain.promotion.rule;

/** Part of a benefit landing on one line: amount in minor units, units covered, basis, and points used. */
public record LineShare(int index, long amount, long units, String basis, long points) {

    public LineShare {
        if (amount < 0 || units < 0 || points < 0) {
            throw new IllegalArgumentException("a share must not be negative");
        }
    }

    /** Takes the shares of a benefit one by one, as their fields ({@link RuleOutcome.Benefit#forEachShare}). */
    @FunctionalInterface
    public interface Sink {
        void accept(int index, long amount, long units, String basis, long points);
    }

    public static LineShare of(int index, long amount, long units, String basis) {
        return new LineShare(index, amount, units, basis, 0);
    }
}
