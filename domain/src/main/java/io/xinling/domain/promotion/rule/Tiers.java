package io.xinling.domain.promotion.rule;

import java.util.List;
import java.util.Optional;

/** Tiers with strictly increasing thresholds; the highest tier reached applies (they never add up). */
public record Tiers(List<Tier> tiers) {

    public Tiers {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("at least one tier");
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).threshold() <= tiers.get(i - 1).threshold()) {
                throw new IllegalArgumentException("tier thresholds must increase");
            }
        }
    }

    public static Tiers of(long threshold, long value) {
        return new Tiers(List.of(new Tier(threshold, value)));
    }

    /** The highest tier with {@code threshold ≤ base} (comparison is ≥ on integers, spec 3.5). */
    public Optional<Tier> reached(long base) {
        Tier best = null;
        for (Tier t : tiers) {
            if (base >= t.threshold()) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How much is missing to the lowest tier. */
    public long shortfall(long base) {
        return Math.max(0, tiers.get(0).threshold() - base);
    }

    /** The next tier above the one reached, if any, for near-miss hints. */
    public Optional<Tier> next(long base) {
        for (Tier t : tiers) {
            if (base < t.threshold()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
