package io.xinling.domain.promotion.rule;

/** One tier: from {@code threshold} (minor units or units, inclusive) the benefit {@code value} applies. */
public record Tier(long threshold, long value) {

    public Tier {
        if (threshold < 0 || value < 0) {
            throw new IllegalArgumentException("tier values must not be negative");
        }
    }
}
