package io.xinling.application.promotion;

import io.vavr.control.Either;
import io.xinling.application.promotion.quota.OrderCoupons;
import io.xinling.application.promotion.quota.Reservation;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.AppliedScheme;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.coupon.CouponError;
import io.xinling.domain.promotion.coupon.CouponRedemption;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The coupons of a reserved order through the coupon lifecycle ({@link CouponUseCases}): each action locks the code's
 * row and runs in the caller's transaction (as a savepoint), in the order of the codes, so concurrent reservations of
 * one code let exactly one through and never deadlock on two codes.
 */
public final class CouponLocks implements OrderCoupons {

    private final CouponUseCases coupons;

    public CouponLocks(CouponUseCases coupons) {
        this.coupons = coupons;
    }

    @Override
    public Either<PromotionRefusal, Boolean> lock(TenantId tenant, Reservation saved, PricingResult priced, Duration ttl) {
        List<String> codes = priced.applied().stream().map(AppliedScheme::schemeId).map(CouponRedemption::codeOf)
                .flatMap(Optional::stream).sorted().toList();
        return each(codes, code -> coupons.reserve(new CouponCommands.Reserve(tenant, code, saved.orderRef(),
                saved.member(), ttl)).map(c -> true));
    }

    @Override
    public Either<PromotionRefusal, Boolean> redeem(TenantId tenant, Reservation r) {
        return each(codes(r), code -> coupons.redeem(new CouponCommands.OrderAction(tenant, code, r.orderRef())).map(c -> true));
    }

    @Override
    public void release(TenantId tenant, Reservation r) {
        for (String code : codes(r)) {
            var action = new CouponCommands.OrderAction(tenant, code, r.orderRef());
            // a lock that ran out and was taken by another order, or a type that is not returnable, stays as it is
            if (r.status() == Reservation.Status.CONFIRMED) {
                coupons.giveBack(action);
            } else {
                coupons.release(action);
            }
        }
    }

    private static List<String> codes(Reservation r) {
        return r.schemes().stream().map(Reservation.UsedScheme::schemeId).map(CouponRedemption::codeOf)
                .flatMap(Optional::stream).sorted().toList();
    }

    private static Either<PromotionRefusal, Boolean> each(List<String> codes,
                                                          Function<String, Either<CouponError, Boolean>> action) {
        for (String code : codes) {
            Either<CouponError, Boolean> done = action.apply(code);
            if (done.isLeft()) {
                return Either.left(new PromotionRefusal.CouponRefused(done.getLeft()));
            }
        }
        return Either.right(true);
    }
}
