package io.xinling.application.promotion.port;

import io.xinling.application.promotion.CouponBatch;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.coupon.Coupon;
import io.xinling.domain.promotion.coupon.CouponCode;
import io.xinling.domain.promotion.coupon.CouponType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Coupon types, batches and codes; every change of a code is also appended to its event trail. */
public interface CouponRepository {

    CouponType saveType(TenantId tenant, CouponType type, Instant at);

    Optional<CouponType> findType(TenantId tenant, long typeId);

    CouponBatch createBatch(TenantId tenant, long typeId, int requested, String prefix, Instant at);

    void updateBatch(TenantId tenant, long batchId, CouponBatch.State state, int generated);

    Optional<CouponBatch> findBatch(TenantId tenant, long batchId);

    /** Inserts the codes that are new; returns how many were inserted (a code that exists is skipped). */
    int insertNew(TenantId tenant, List<Coupon> coupons, Instant at);

    /** The coupon with a row lock held until the transaction ends. */
    Optional<Coupon> lock(TenantId tenant, CouponCode code);

    Optional<Coupon> find(TenantId tenant, CouponCode code);

    void update(TenantId tenant, Coupon coupon, String event, Instant at);

    /** Coupons of the type the member holds (issued or locked, not yet expired at {@code at}). */
    int countHeld(TenantId tenant, long typeId, long member, Instant at);

    List<Coupon> codesOfBatch(TenantId tenant, long batchId, int limit, int offset);
}
