package io.xinling.application.promotion.quota;

import io.vavr.control.Either;
import io.xinling.application.promotion.PromotionRefusal;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.PricingResult;

import java.time.Duration;

/**
 * The issued coupons (礼券) of a reserved order, inside the reservation's transaction (spec 3.11, 3.12): the ones the
 * priced order applied are locked with it (single use: of N orders applying one code, exactly one locks it), redeemed
 * when it is confirmed, and freed when it is released. A lock runs out with the reservation.
 */
public interface OrderCoupons {

    /** No coupon store: coupon codes are only those schemes ask for. */
    OrderCoupons NONE = new OrderCoupons() {
        @Override
        public Either<PromotionRefusal, Boolean> lock(TenantId tenant, Reservation saved, PricingResult priced, Duration ttl) {
            return Either.right(true);
        }

        @Override
        public Either<PromotionRefusal, Boolean> redeem(TenantId tenant, Reservation reservation) {
            return Either.right(true);
        }

        @Override
        public void release(TenantId tenant, Reservation reservation) {
        }
    };

    /** Locks every coupon {@code priced} applied for the reservation's order, or refuses with the first that is taken. */
    Either<PromotionRefusal, Boolean> lock(TenantId tenant, Reservation saved, PricingResult priced, Duration ttl);

    /** Redeems the coupons the confirmed order locked. */
    Either<PromotionRefusal, Boolean> redeem(TenantId tenant, Reservation reservation);

    /** Frees the coupons of a cancelled order: unlocked if unpaid, given back if paid and their type allows. */
    void release(TenantId tenant, Reservation reservation);
}
