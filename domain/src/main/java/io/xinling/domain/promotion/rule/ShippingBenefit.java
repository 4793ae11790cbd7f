package io.xinling.domain.promotion.rule;

/** The shipping primitive: free, a pay rate on the fee, or an amount off it. */
public record ShippingBenefit(Kind kind, long value) {

    public enum Kind { FREE, PAY_RATE, AMOUNT_OFF }

    public ShippingBenefit {
        if (value < 0 || kind == Kind.PAY_RATE && value > Amounts.BP) {
            throw new IllegalArgumentException("bad shipping benefit");
        }
    }

    public long off(long fee) {
        return switch (kind) {
            case FREE -> fee;
            case PAY_RATE -> fee - Amounts.applyRate(fee, value);
            case AMOUNT_OFF -> Math.min(fee, value);
        };
    }
}
