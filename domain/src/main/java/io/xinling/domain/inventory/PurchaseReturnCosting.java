package io.xinling.domain.inventory;

/** How a purchase return leaves stock (spec 2.7). */
public enum PurchaseReturnCosting {
    /** At the credited amount, clamped to the value held. The default. */
    ORIGINAL_PRICE,
    /** At the current average (value share). */
    CURRENT_AVERAGE
}
