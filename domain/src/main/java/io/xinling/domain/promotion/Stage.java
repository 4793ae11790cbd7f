package io.xinling.domain.promotion;

/** The fixed evaluation order of spec 3.2; benefits of one stage see the payables left by the previous one. */
public enum Stage {
    S0_BASE_PRICE, S1_ITEM_PRICE, S2_ITEM_GROUP, S3_ORDER_THRESHOLD, S4_COUPON, S5_MANUAL, S6_POINTS,
    S7_TENDER_OFFER, S8_ROUNDING, TENDER, POST_ORDER;

    /** Stages whose benefits are money taken off goods lines. */
    public boolean reducesLines() {
        return ordinal() >= S1_ITEM_PRICE.ordinal() && ordinal() <= S8_ROUNDING.ordinal();
    }
}
