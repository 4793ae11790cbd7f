package io.xinling.domain.promotion;

/** Which units of a pool form the deals of a group rule (spec 2.11). */
public enum UnitSelection {
    /** Units sorted by price descending, cut in consecutive groups: maximises the customer's benefit. */
    CUSTOMER_BEST,
    /** The cheapest units overall take the benefit. */
    MERCHANT_BEST
}
