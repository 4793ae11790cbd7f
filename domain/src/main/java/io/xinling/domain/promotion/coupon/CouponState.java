package io.xinling.domain.promotion.coupon;

/** The lifecycle of one code (spec 3.12). */
public enum CouponState {
    GENERATED, ISSUED, LOCKED, REDEEMED, EXPIRED, VOIDED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
