package io.xinling.domain.promotion;

/**
 * Why a scheme that was considered did not apply (spec 3.14). The {@code COUPON_…} reasons refuse a presented coupon
 * code before pricing (spec 3.12): no such code, not issued yet, not yet or no longer valid, already redeemed, voided,
 * or locked by another order.
 */
public enum Reason {
    THRESHOLD_NOT_MET, OUT_OF_WINDOW, STORE_NOT_ELIGIBLE, CHANNEL_NOT_ELIGIBLE, MEMBER_NOT_ELIGIBLE,
    NOT_NEW_CUSTOMER, COUPON_NOT_PRESENTED, TENDER_NOT_ELIGIBLE, NO_ELIGIBLE_ITEMS, NO_BENEFIT, LIMIT_REACHED,
    BUDGET_EXHAUSTED, LOST_TO, EXCLUDED_BY, BELOW_FLOOR, NOT_AUTHORISED, NOT_A_CART_RULE,
    COUPON_UNKNOWN, COUPON_NOT_ISSUED, COUPON_NOT_YET_VALID, COUPON_EXPIRED, COUPON_ALREADY_USED, COUPON_VOIDED,
    COUPON_LOCKED
}
