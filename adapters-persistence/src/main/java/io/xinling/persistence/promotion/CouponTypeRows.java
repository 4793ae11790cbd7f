package io.xinling.persistence.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.coupon.CouponKind;
import io.xinling.domain.promotion.coupon.CouponType;
import io.xinling.domain.promotion.coupon.Validity;
import io.xinling.persistence.jooq.tables.records.CouponTypesRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.xinling.persistence.jooq.Tables.COUPON_TYPES;
import static io.xinling.persistence.promotion.JooqCouponRepository.utc;

/** Coupon types to and from their rows: parameters as two parallel text arrays, validity as window or days. */
final class CouponTypeRows {

    private CouponTypeRows() {
    }

    static CouponType insert(DSLContext dsl, TenantId tenant, CouponType type, Instant at) {
        Map<String, String> sorted = new TreeMap<>(type.parameters());
        Optional<Validity.Window> window = type.validity() instanceof Validity.Fixed f ? Optional.of(f.window()) : Optional.empty();
        Integer days = type.validity() instanceof Validity.DaysFromIssue d ? d.days() : null;
        Long id = dsl.insertInto(COUPON_TYPES)
                .set(COUPON_TYPES.TENANT_ID, tenant.value())
                .set(COUPON_TYPES.NAME, type.name())
                .set(COUPON_TYPES.KIND, type.kind().wireName())
                .set(COUPON_TYPES.PARAM_KEYS, sorted.keySet().toArray(String[]::new))
                .set(COUPON_TYPES.PARAM_VALUES, sorted.values().toArray(String[]::new))
                .set(COUPON_TYPES.VALID_FROM, window.map(w -> utc(w.from())).orElse(null))
                .set(COUPON_TYPES.VALID_TO, window.map(w -> utc(w.to())).orElse(null))
                .set(COUPON_TYPES.VALID_DAYS, days)
                .set(COUPON_TYPES.HOLD_LIMIT, type.holdLimit().orElse(null))
                .set(COUPON_TYPES.TRANSFERABLE, type.transferable())
                .set(COUPON_TYPES.RETURNABLE, type.returnable())
                .set(COUPON_TYPES.FACE_VALUE, type.faceValue().minor())
                .set(COUPON_TYPES.CURRENCY, type.faceValue().currency().getCurrencyCode())
                .set(COUPON_TYPES.CREATED_AT, utc(at))
                .returning(COUPON_TYPES.TYPE_ID)
                .fetchSingle(COUPON_TYPES.TYPE_ID);
        return type.withId(id);
    }

    static Optional<CouponType> find(DSLContext dsl, TenantId tenant, long typeId) {
        return dsl.selectFrom(COUPON_TYPES)
                .where(COUPON_TYPES.TENANT_ID.eq(tenant.value()).and(COUPON_TYPES.TYPE_ID.eq(typeId)))
                .fetchOptional().map(CouponTypeRows::toType);
    }

    private static CouponType toType(CouponTypesRecord r) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < r.getParamKeys().length; i++) {
            parameters.put(r.getParamKeys()[i], r.getParamValues()[i]);
        }
        Validity validity = r.getValidDays() != null ? new Validity.DaysFromIssue(r.getValidDays())
                : new Validity.Fixed(new Validity.Window(r.getValidFrom().toInstant(), r.getValidTo().toInstant()));
        return new CouponType(r.getTypeId(), r.getName(), CouponKind.fromWireName(r.getKind()).orElseThrow(), parameters,
                validity, Optional.ofNullable(r.getHoldLimit()), r.getTransferable(), r.getReturnable(),
                Money.of(r.getFaceValue(), Currency.getInstance(r.getCurrency())));
    }
}
