package io.xinling.persistence.promotion;

import io.xinling.application.promotion.CouponBatch;
import io.xinling.application.promotion.port.CouponRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.coupon.Coupon;
import io.xinling.domain.promotion.coupon.CouponCode;
import io.xinling.domain.promotion.coupon.CouponState;
import io.xinling.domain.promotion.coupon.CouponType;
import io.xinling.domain.promotion.coupon.Validity;
import io.xinling.persistence.jooq.tables.records.CouponBatchesRecord;
import io.xinling.persistence.jooq.tables.records.CouponsRecord;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep11;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.COUPONS;
import static io.xinling.persistence.jooq.Tables.COUPON_BATCHES;
import static io.xinling.persistence.jooq.Tables.COUPON_EVENTS;
import static io.xinling.persistence.jooq.Tables.COUPON_TYPES;

public final class JooqCouponRepository implements CouponRepository {

    private final DSLContext dsl;

    public JooqCouponRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public CouponType saveType(TenantId tenant, CouponType type, Instant at) {
        return CouponTypeRows.insert(dsl, tenant, type, at);
    }

    @Override
    public Optional<CouponType> findType(TenantId tenant, long typeId) {
        return CouponTypeRows.find(dsl, tenant, typeId);
    }

    @Override
    public CouponBatch createBatch(TenantId tenant, long typeId, int requested, String prefix, Instant at) {
        return toBatch(dsl.insertInto(COUPON_BATCHES)
                .set(COUPON_BATCHES.TENANT_ID, tenant.value())
                .set(COUPON_BATCHES.TYPE_ID, typeId)
                .set(COUPON_BATCHES.REQUESTED, requested)
                .set(COUPON_BATCHES.PREFIX, prefix)
                .set(COUPON_BATCHES.STATE, CouponBatch.State.PENDING.name())
                .set(COUPON_BATCHES.CREATED_AT, utc(at))
                .returning().fetchSingle());
    }

    @Override
    public void updateBatch(TenantId tenant, long batchId, CouponBatch.State state, int generated) {
        dsl.update(COUPON_BATCHES)
                .set(COUPON_BATCHES.STATE, state.name())
                .set(COUPON_BATCHES.GENERATED, generated)
                .where(COUPON_BATCHES.TENANT_ID.eq(tenant.value()).and(COUPON_BATCHES.BATCH_ID.eq(batchId)))
                .execute();
    }

    @Override
    public Optional<CouponBatch> findBatch(TenantId tenant, long batchId) {
        return dsl.selectFrom(COUPON_BATCHES)
                .where(COUPON_BATCHES.TENANT_ID.eq(tenant.value()).and(COUPON_BATCHES.BATCH_ID.eq(batchId)))
                .fetchOptional().map(JooqCouponRepository::toBatch);
    }

    @Override
    public int insertNew(TenantId tenant, List<Coupon> coupons, Instant at) {
        InsertValuesStep11<CouponsRecord, Long, String, Long, Long, String, Long, OffsetDateTime, OffsetDateTime,
                String, OffsetDateTime, OffsetDateTime> insert = dsl.insertInto(COUPONS, COUPONS.TENANT_ID,
                COUPONS.CODE, COUPONS.TYPE_ID, COUPONS.BATCH_ID, COUPONS.STATE, COUPONS.OWNER_ID, COUPONS.VALID_FROM,
                COUPONS.VALID_TO, COUPONS.ORDER_REF, COUPONS.LOCKED_UNTIL, COUPONS.UPDATED_AT);
        for (Coupon c : coupons) {
            insert = insert.values(tenant.value(), c.code().value(), c.typeId(), c.batchId(), c.state().name(),
                    null, null, null, null, null, utc(at));
        }
        return insert.onConflictDoNothing().execute();
    }

    @Override
    public Optional<Coupon> lock(TenantId tenant, CouponCode code) {
        return dsl.selectFrom(COUPONS).where(key(tenant, code)).forUpdate().fetchOptional().map(JooqCouponRepository::toCoupon);
    }

    @Override
    public Optional<Coupon> find(TenantId tenant, CouponCode code) {
        return dsl.selectFrom(COUPONS).where(key(tenant, code)).fetchOptional().map(JooqCouponRepository::toCoupon);
    }

    @Override
    public void update(TenantId tenant, Coupon c, String event, Instant at) {
        dsl.update(COUPONS)
                .set(COUPONS.STATE, c.state().name())
                .set(COUPONS.OWNER_ID, c.owner().orElse(null))
                .set(COUPONS.VALID_FROM, c.window().map(w -> utc(w.from())).orElse(null))
                .set(COUPONS.VALID_TO, c.window().map(w -> utc(w.to())).orElse(null))
                .set(COUPONS.ORDER_REF, c.order().orElse(null))
                .set(COUPONS.LOCKED_UNTIL, c.lockedUntil().map(JooqCouponRepository::utc).orElse(null))
                .set(COUPONS.UPDATED_AT, utc(at))
                .where(key(tenant, c.code()))
                .execute();
        dsl.insertInto(COUPON_EVENTS)
                .set(COUPON_EVENTS.TENANT_ID, tenant.value())
                .set(COUPON_EVENTS.CODE, c.code().value())
                .set(COUPON_EVENTS.EVENT, event)
                .set(COUPON_EVENTS.STATE, c.state().name())
                .set(COUPON_EVENTS.ORDER_REF, c.order().orElse(null))
                .set(COUPON_EVENTS.OWNER_ID, c.owner().orElse(null))
                .set(COUPON_EVENTS.AT, utc(at))
                .execute();
    }

    @Override
    public int countHeld(TenantId tenant, long typeId, long member, Instant at) {
        return dsl.fetchCount(COUPONS, COUPONS.TENANT_ID.eq(tenant.value())
                .and(COUPONS.TYPE_ID.eq(typeId))
                .and(COUPONS.OWNER_ID.eq(member))
                .and(COUPONS.STATE.in(CouponState.ISSUED.name(), CouponState.LOCKED.name()))
                .and(COUPONS.VALID_TO.gt(utc(at))));
    }

    @Override
    public List<Coupon> codesOfBatch(TenantId tenant, long batchId, int limit, int offset) {
        return dsl.selectFrom(COUPONS)
                .where(COUPONS.TENANT_ID.eq(tenant.value()).and(COUPONS.BATCH_ID.eq(batchId)))
                .orderBy(COUPONS.CODE).limit(limit).offset(offset)
                .fetch(JooqCouponRepository::toCoupon);
    }

    private static org.jooq.Condition key(TenantId tenant, CouponCode code) {
        return COUPONS.TENANT_ID.eq(tenant.value()).and(COUPONS.CODE.eq(code.value()));
    }

    private static Coupon toCoupon(CouponsRecord r) {
        Optional<Validity.Window> window = Optional.ofNullable(r.getValidFrom())
                .map(from -> new Validity.Window(from.toInstant(), r.getValidTo().toInstant()));
        return new Coupon(new CouponCode(r.getCode()), r.getTypeId(), r.getBatchId(), CouponState.valueOf(r.getState()),
                Optional.ofNullable(r.getOwnerId()), window, Optional.ofNullable(r.getOrderRef()),
                Optional.ofNullable(r.getLockedUntil()).map(OffsetDateTime::toInstant));
    }

    private static CouponBatch toBatch(CouponBatchesRecord r) {
        return new CouponBatch(r.getBatchId(), r.getTypeId(), r.getRequested(), r.getPrefix(),
                CouponBatch.State.valueOf(r.getState()), r.getGenerated(), r.getCreatedAt().toInstant());
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
