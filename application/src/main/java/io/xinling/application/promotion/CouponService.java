package io.xinling.application.promotion;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.promotion.port.CouponRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.coupon.Coupon;
import io.xinling.domain.promotion.coupon.CouponCode;
import io.xinling.domain.promotion.coupon.CouponError;
import io.xinling.domain.promotion.coupon.CouponType;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Coupons in PostgreSQL: each lifecycle action locks the code's row, applies the pure transition of
 * {@link Coupon} and writes it with an event, in one transaction, so concurrent redemptions of one
 * code from any number of nodes let exactly one through.
 */
public final class CouponService implements CouponUseCases {

    public static final int MAX_BATCH = 100_000;
    private static final int CHUNK = 1_000;
    private static final Duration MAX_TTL = Duration.ofDays(1);

    private final Transactor transactor;
    private final CouponRepository coupons;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CouponService(Transactor transactor, CouponRepository coupons, Clock clock) {
        this.transactor = transactor;
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public Either<CouponError, CouponType> createType(CouponCommands.CreateType command) {
        return CouponTypeParser.parse(command).flatMap(type -> transactor.inTransaction(
                () -> Either.right(coupons.saveType(command.tenant(), type, clock.instant()))));
    }

    @Override
    public Either<CouponError, CouponType> findType(TenantId tenant, long typeId) {
        return coupons.findType(tenant, typeId).<Either<CouponError, CouponType>>map(Either::right)
                .orElseGet(() -> Either.left(new CouponError.TypeNotFound(typeId)));
    }

    @Override
    public Either<CouponError, CouponBatch> generate(CouponCommands.GenerateBatch c) {
        if (c.count() < 1 || c.count() > MAX_BATCH) {
            return Either.left(new CouponError.InvalidField("count", "must be between 1 and " + MAX_BATCH));
        }
        String prefix = c.prefix() == null ? "" : c.prefix().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CouponCode.isValidPrefix(prefix)) {
            return Either.left(new CouponError.InvalidField("prefix", "up to 8 characters of " + CouponCode.ALPHABET));
        }
        Either<CouponError, CouponBatch> created = transactor.inTransaction(() -> findType(c.tenant(), c.typeId())
                .map(type -> coupons.createBatch(c.tenant(), type.id(), c.count(), prefix, clock.instant())));
        return created.map(batch -> fill(c.tenant(), batch));
    }

    /** Generates the codes chunk by chunk, each chunk committed on its own, and records the batch's progress. */
    private CouponBatch fill(TenantId tenant, CouponBatch batch) {
        coupons.updateBatch(tenant, batch.id(), CouponBatch.State.PROCESSING, 0);
        int generated = 0;
        try {
            while (generated < batch.requested()) {
                int want = Math.min(CHUNK, batch.requested() - generated);
                int inserted = transactor.<CouponError, Integer>inTransaction(
                        () -> Either.right(coupons.insertNew(tenant, newCodes(batch, want), clock.instant()))).get();
                generated += inserted;
                coupons.updateBatch(tenant, batch.id(), CouponBatch.State.PROCESSING, generated);
            }
            coupons.updateBatch(tenant, batch.id(), CouponBatch.State.COMPLETED, generated);
        } catch (RuntimeException e) {
            coupons.updateBatch(tenant, batch.id(), CouponBatch.State.FAILED, generated);
            throw e;
        }
        return coupons.findBatch(tenant, batch.id()).orElseThrow();
    }

    private List<Coupon> newCodes(CouponBatch batch, int count) {
        List<Coupon> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(Coupon.generated(CouponCode.generate(batch.prefix(), random.nextLong(), random.nextLong()),
                    batch.typeId(), batch.id()));
        }
        return list;
    }

    @Override
    public Either<CouponError, CouponBatch> findBatch(TenantId tenant, long batchId) {
        return coupons.findBatch(tenant, batchId).<Either<CouponError, CouponBatch>>map(Either::right)
                .orElseGet(() -> Either.left(new CouponError.BatchNotFound(batchId)));
    }

    @Override
    public Either<CouponError, List<Coupon>> codesOfBatch(TenantId tenant, long batchId, int limit, int offset) {
        return findBatch(tenant, batchId).map(b -> coupons.codesOfBatch(tenant, batchId, limit, offset));
    }

    @Override
    public Either<CouponError, Coupon> find(TenantId tenant, String code) {
        return CouponCode.parse(code).flatMap(parsed -> coupons.find(tenant, parsed)
                .<Either<CouponError, Coupon>>map(Either::right)
                .orElseGet(() -> Either.left(new CouponError.CouponNotFound(parsed.value()))));
    }

    @Override
    public Either<CouponError, Coupon> issue(CouponCommands.Issue c) {
        return change(c.tenant(), c.code(), "issued", (coupon, type) -> {
            Instant now = clock.instant();
            if (type.holdLimit().filter(limit -> coupons.countHeld(c.tenant(), type.id(), c.member(), now) >= limit).isPresent()) {
                return Either.left(new CouponError.HoldLimitReached(c.member(), type.holdLimit().get()));
            }
            return coupon.issue(c.member(), now, type);
        });
    }

    @Override
    public Either<CouponError, Coupon> reserve(CouponCommands.Reserve c) {
        if (c.ttl().isNegative() || c.ttl().isZero() || c.ttl().compareTo(MAX_TTL) > 0) {
            return Either.left(new CouponError.InvalidField("ttlSeconds", "must be between 1 second and 1 day"));
        }
        if (c.orderRef() == null || c.orderRef().isBlank() || c.orderRef().length() > 100) {
            return Either.left(new CouponError.InvalidField("orderRef", "must have 1 to 100 characters"));
        }
        return change(c.tenant(), c.code(), "reserved",
                (coupon, type) -> coupon.reserve(c.orderRef(), c.member(), clock.instant(), c.ttl(), type));
    }

    @Override
    public Either<CouponError, Coupon> redeem(CouponCommands.OrderAction c) {
        return change(c.tenant(), c.code(), "redeemed", (coupon, type) -> coupon.redeem(c.orderRef(), clock.instant()));
    }

    @Override
    public Either<CouponError, Coupon> release(CouponCommands.OrderAction c) {
        return change(c.tenant(), c.code(), "released", (coupon, type) -> coupon.release(c.orderRef(), clock.instant()));
    }

    @Override
    public Either<CouponError, Coupon> giveBack(CouponCommands.OrderAction c) {
        return change(c.tenant(), c.code(), "given-back", (coupon, type) -> coupon.giveBack(c.orderRef(), clock.instant(), type));
    }

    @Override
    public Either<CouponError, Coupon> voidCoupon(TenantId tenant, String code) {
        return change(tenant, code, "voided", (coupon, type) -> coupon.voidIt(clock.instant()));
    }

    private Either<CouponError, Coupon> change(TenantId tenant, String code, String event,
                                               BiFunction<Coupon, CouponType, Either<CouponError, Coupon>> transition) {
        return CouponCode.parse(code).flatMap(parsed -> transactor.inTransaction(() -> coupons.lock(tenant, parsed)
                .<Either<CouponError, Coupon>>map(Either::right)
                .orElseGet(() -> Either.left(new CouponError.CouponNotFound(parsed.value())))
                .flatMap(coupon -> transition.apply(coupon, coupons.findType(tenant, coupon.typeId()).orElseThrow()))
                .peek(changed -> coupons.update(tenant, changed, event, clock.instant()))));
    }
}
