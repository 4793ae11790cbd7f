package io.xinling.domain.promotion.scheme;

/**
 * Per-order limits (spec 3.11): times the scheme may apply, units at the promotional price (限购), and
 * whether a benefit larger than the budget left is cut to it ({@code partialBudget}) or dropped.
 * Cross-order limits, stock and budget come from the caller's reservations ({@code SchemeUsage}).
 */
public record Limits(long usesPerOrder, long qtyPerOrder, boolean partialBudget) {

    public static final Limits NONE = new Limits(Long.MAX_VALUE, Long.MAX_VALUE, false);

    public Limits {
        if (usesPerOrder < 0 || qtyPerOrder < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    public static Limits qtyPerOrder(long qty) {
        return new Limits(Long.MAX_VALUE, qty, false);
    }

    public static Limits usesPerOrder(long uses) {
        return new Limits(uses, Long.MAX_VALUE, false);
    }
}
