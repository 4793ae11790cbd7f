package io.xinling.domain.promotion.coupon;

import java.util.Arrays;
import java.util.Optional;

/** The coupon rule types of spec 2.29–2.34, by their wire names. */
public enum CouponKind {
    CASH_COUPON, THRESHOLD_COUPON, PERCENT_COUPON, PRODUCT_COUPON, SHIPPING_COUPON, EXCHANGE_COUPON;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<CouponKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
    }
}
