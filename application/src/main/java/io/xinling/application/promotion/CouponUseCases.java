package io.xinling.application.promotion;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.coupon.Coupon;
import io.xinling.domain.promotion.coupon.CouponError;
import io.xinling.domain.promotion.coupon.CouponType;

import java.util.List;

/** The coupon (礼券) family of use cases: set-up, generation, issuing and the redemption lifecycle. */
public interface CouponUseCases {

    Either<CouponError, CouponType> createType(CouponCommands.CreateType command);

    Either<CouponError, CouponType> findType(TenantId tenant, long typeId);

    Either<CouponError, CouponBatch> generate(CouponCommands.GenerateBatch command);

    Either<CouponError, CouponBatch> findBatch(TenantId tenant, long batchId);

    Either<CouponError, List<Coupon>> codesOfBatch(TenantId tenant, long batchId, int limit, int offset);

    Either<CouponError, Coupon> find(TenantId tenant, String code);

    Either<CouponError, Coupon> issue(CouponCommands.Issue command);

    Either<CouponError, Coupon> reserve(CouponCommands.Reserve command);

    Either<CouponError, Coupon> redeem(CouponCommands.OrderAction command);

    Either<CouponError, Coupon> release(CouponCommands.OrderAction command);

    Either<CouponError, Coupon> giveBack(CouponCommands.OrderAction command);

    Either<CouponError, Coupon> voidCoupon(TenantId tenant, String code);
}
