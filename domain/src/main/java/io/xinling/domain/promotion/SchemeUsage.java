package io.xinling.domain.promotion;

import java.util.Objects;

/**
 * What is left of a scheme's limited resources when the cart is priced, as reserved by the caller
 * (spec 3.11): units at the promotional price for this customer, activity stock, gift stock, uses by
 * this customer, uses in total and money budget in minor units; and, when the scheme's campaign has a
 * budget ({@code pool} names the campaign, {@code ""} none), what is left of the campaign's money budget and
 * of its order count, shared by all its schemes. {@link Long#MAX_VALUE} means unlimited.
 */
public record SchemeUsage(long customerUnitsLeft, long activityStockLeft, long giftStockLeft,
                          long customerUsesLeft, long totalUsesLeft, long budgetLeftMinor,
                          String pool, long poolBudgetLeftMinor, long poolUsesLeft) {

    public static final SchemeUsage UNLIMITED =
            new SchemeUsage(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    public SchemeUsage {
        Objects.requireNonNull(pool, "pool");
        if (customerUnitsLeft < 0 || activityStockLeft < 0 || giftStockLeft < 0 || customerUsesLeft < 0
                || totalUsesLeft < 0 || budgetLeftMinor < 0 || poolBudgetLeftMinor < 0 || poolUsesLeft < 0) {
            throw new IllegalArgumentException("usage left must not be negative");
        }
    }

    /** A scheme outside any budgeted campaign. */
    public SchemeUsage(long customerUnitsLeft, long activityStockLeft, long giftStockLeft, long customerUsesLeft,
                       long totalUsesLeft, long budgetLeftMinor) {
        this(customerUnitsLeft, activityStockLeft, giftStockLeft, customerUsesLeft, totalUsesLeft, budgetLeftMinor, "",
                Long.MAX_VALUE, Long.MAX_VALUE);
    }

    public SchemeUsage withGiftStock(long left) {
        return new SchemeUsage(customerUnitsLeft, activityStockLeft, left, customerUsesLeft, totalUsesLeft, budgetLeftMinor,
                pool, poolBudgetLeftMinor, poolUsesLeft);
    }

    public SchemeUsage withBudget(long leftMinor) {
        return new SchemeUsage(customerUnitsLeft, activityStockLeft, giftStockLeft, customerUsesLeft, totalUsesLeft, leftMinor,
                pool, poolBudgetLeftMinor, poolUsesLeft);
    }

    public SchemeUsage withActivityStock(long left) {
        return new SchemeUsage(customerUnitsLeft, left, giftStockLeft, customerUsesLeft, totalUsesLeft, budgetLeftMinor,
                pool, poolBudgetLeftMinor, poolUsesLeft);
    }

    /** The same scheme drawing also on the budget of campaign {@code pool}: money and orders left of it. */
    public SchemeUsage inPool(String pool, long budgetLeftMinor, long usesLeft) {
        return new SchemeUsage(customerUnitsLeft, activityStockLeft, giftStockLeft, customerUsesLeft, totalUsesLeft,
                this.budgetLeftMinor, pool, budgetLeftMinor, usesLeft);
    }

    public long unitsLeft() {
        return Math.min(customerUnitsLeft, activityStockLeft);
    }

    public boolean usesExhausted() {
        return customerUsesLeft == 0 || totalUsesLeft == 0 || poolUsesLeft == 0;
    }
}
