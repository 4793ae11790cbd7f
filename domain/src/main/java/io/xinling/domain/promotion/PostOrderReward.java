package io.xinling.domain.promotion;

/** A reward issued after payment (满返): coupons by type id, bonus points, or stored value in minor units. */
public record PostOrderReward(String schemeId, Kind kind, String reference, long amount) {

    public enum Kind { COUPON, POINTS, STORED_VALUE }
}
