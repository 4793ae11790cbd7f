package io.xinling.domain.promotion;

/**
 * What is left of a scheme's limited resources when the cart is priced, as reserved by the caller
 * (spec 3.11): units at the promotional price for this customer, activity stock, gift stock, uses by
 * this customer, uses in total and money budget in minor units. {@link Long#MAX_VALUE} means unlimited.
 */
public record SchemeUsage(long customerUnitsLeft, long activityStockLeft, long giftStockLeft,
                          long customerUsesLeft, long totalUsesLeft, long budgetLeftMinor) {

    public static final SchemeUsage UNLIMITED =
            new SchemeUsage(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    public SchemeUsage {
        if (customerUnitsLeft < 0 || activityStockLeft < 0 || giftStockLeft < 0 || customerUsesLeft < 0
                || totalUsesLeft < 0 || budgetLeftMinor < 0) {
            throw new IllegalArgumentException("usage left must not be negative");
        }
    }

    public SchemeUsage withGiftStock(long left) {
        return new SchemeUsage(customerUnitsLeft, activityStockLeft, left, customerUsesLeft, totalUsesLeft, budgetLeftMinor);
    }

    public SchemeUsage withBudget(long leftMinor) {
        return new SchemeUsage(customerUnitsLeft, activityStockLeft, giftStockLeft, customerUsesLeft, totalUsesLeft, leftMinor);
    }

    public SchemeUsage withActivityStock(long left) {
        return new SchemeUsage(customerUnitsLeft, left, giftStockLeft, customerUsesLeft, totalUsesLeft, budgetLeftMinor);
    }

    public long unitsLeft() {
        return Math.min(customerUnitsLeft, activityStockLeft);
    }

    public boolean usesExhausted() {
        return customerUsesLeft == 0 || totalUsesLeft == 0;
    }
}
