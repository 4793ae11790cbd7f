package io.xinling.persistence.promotion;

import io.xinling.application.promotion.port.ReservationRepository;
import io.xinling.application.promotion.quota.Claim;
import io.xinling.application.promotion.quota.CounterKey;
import io.xinling.application.promotion.quota.Reservation;
import io.xinling.application.promotion.quota.Resource;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.returns.GiftReturn;
import io.xinling.domain.promotion.returns.LineRefund;
import io.xinling.domain.promotion.returns.PriorReturn;
import io.xinling.domain.promotion.returns.RefundResult;
import io.xinling.persistence.jooq.tables.records.PromotionReservationsRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.PROMOTION_QUOTA_USAGE;
import static io.xinling.persistence.jooq.Tables.PROMOTION_RESERVATIONS;
import static io.xinling.persistence.jooq.Tables.PROMOTION_RESERVATION_CLAIMS;
import static io.xinling.persistence.jooq.Tables.PROMOTION_RESERVATION_SCHEMES;
import static io.xinling.persistence.jooq.Tables.PROMOTION_RETURNS;
import static io.xinling.persistence.promotion.JooqCouponRepository.utc;

/**
 * Counters and reservations in PostgreSQL. A claim is one {@code insert … on conflict do update … where
 * used + n <= limit}: the row lock of the update serialises claims on one counter across every node, and
 * the condition is checked against the committed value after the wait.
 */
public final class JooqReservationRepository implements ReservationRepository {


    private final DSLContext dsl;

    public JooqReservationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<CounterKey, Long> used(TenantId tenant, Collection<CounterKey> keys) {
        Map<CounterKey, Long> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        Condition any = DSL.or(keys.stream().map(k -> PROMOTION_QUOTA_USAGE.SCHEME_ID.eq(k.schemeId())
                .and(PROMOTION_QUOTA_USAGE.RESOURCE.eq(k.resource().name()))
                .and(PROMOTION_QUOTA_USAGE.SUBJECT.eq(k.subject()))).toList());
        dsl.selectFrom(PROMOTION_QUOTA_USAGE).where(PROMOTION_QUOTA_USAGE.TENANT_ID.eq(tenant.value()).and(any))
                .forEach(r -> out.put(new CounterKey(r.getSchemeId(), Resource.valueOf(r.getResource()), r.getSubject()),
                        r.getUsed()));
        return out;
    }

    @Override
    public Map<CounterKey, Long> usedAsOf(TenantId tenant, Collection<CounterKey> keys, Instant now) {
        Map<CounterKey, Long> out = used(tenant, keys);
        if (out.isEmpty()) {
            return out;
        }
        var c = PROMOTION_RESERVATION_CLAIMS;
        var r = PROMOTION_RESERVATIONS;
        Condition any = DSL.or(out.keySet().stream().map(k -> c.SCHEME_ID.eq(k.schemeId())
                .and(c.RESOURCE.eq(k.resource().name())).and(c.SUBJECT.eq(k.subject()))).toList());
        dsl.select(c.SCHEME_ID, c.RESOURCE, c.SUBJECT, DSL.sum(c.AMOUNT))
                .from(r).join(c).on(c.TENANT_ID.eq(r.TENANT_ID).and(c.RESERVATION_ID.eq(r.RESERVATION_ID)))
                .where(r.TENANT_ID.eq(tenant.value()).and(r.STATUS.eq(Reservation.Status.HELD.name()))
                        .and(r.EXPIRES_AT.le(utc(now))).and(any))
                .groupBy(c.SCHEME_ID, c.RESOURCE, c.SUBJECT)
                .forEach(row -> out.computeIfPresent(new CounterKey(row.value1(), Resource.valueOf(row.value2()), row.value3()),
                        (k, used) -> Math.max(0, used - row.value4().longValue())));
        return out;
    }

    @Override
    public boolean claim(TenantId tenant, Claim claim) {
        if (claim.amount() > claim.limit()) {
            return false;
        }
        CounterKey k = claim.key();
        return dsl.insertInto(PROMOTION_QUOTA_USAGE)
                .set(PROMOTION_QUOTA_USAGE.TENANT_ID, tenant.value())
                .set(PROMOTION_QUOTA_USAGE.SCHEME_ID, k.schemeId())
                .set(PROMOTION_QUOTA_USAGE.RESOURCE, k.resource().name())
                .set(PROMOTION_QUOTA_USAGE.SUBJECT, k.subject())
                .set(PROMOTION_QUOTA_USAGE.USED, claim.amount())
                .onConflict(PROMOTION_QUOTA_USAGE.TENANT_ID, PROMOTION_QUOTA_USAGE.SCHEME_ID,
                        PROMOTION_QUOTA_USAGE.RESOURCE, PROMOTION_QUOTA_USAGE.SUBJECT)
                .doUpdate()
                .set(PROMOTION_QUOTA_USAGE.USED, PROMOTION_QUOTA_USAGE.USED.plus(claim.amount()))
                .where(PROMOTION_QUOTA_USAGE.USED.le(claim.limit() - claim.amount()))
                .execute() == 1;
    }

    @Override
    public void unclaim(TenantId tenant, CounterKey k, long amount) {
        dsl.update(PROMOTION_QUOTA_USAGE)
                .set(PROMOTION_QUOTA_USAGE.USED, DSL.greatest(DSL.val(0L), PROMOTION_QUOTA_USAGE.USED.minus(amount)))
                .where(PROMOTION_QUOTA_USAGE.TENANT_ID.eq(tenant.value()).and(PROMOTION_QUOTA_USAGE.SCHEME_ID.eq(k.schemeId()))
                        .and(PROMOTION_QUOTA_USAGE.RESOURCE.eq(k.resource().name()))
                        .and(PROMOTION_QUOTA_USAGE.SUBJECT.eq(k.subject())))
                .execute();
    }

    @Override
    public Optional<Reservation> insert(TenantId tenant, Reservation r, Optional<String> pricedOrder) {
        Optional<Long> id = dsl.insertInto(PROMOTION_RESERVATIONS)
                .set(PROMOTION_RESERVATIONS.TENANT_ID, tenant.value())
                .set(PROMOTION_RESERVATIONS.ORDER_REF, r.orderRef())
                .set(PROMOTION_RESERVATIONS.MEMBER_ID, r.member().orElse(null))
                .set(PROMOTION_RESERVATIONS.STATUS, r.status().name())
                .set(PROMOTION_RESERVATIONS.TOTAL_DUE, r.totalDue().minor())
                .set(PROMOTION_RESERVATIONS.CURRENCY, r.totalDue().currency().getCurrencyCode())
                .set(PROMOTION_RESERVATIONS.EXPIRES_AT, utc(r.expiresAt()))
                .set(PROMOTION_RESERVATIONS.CREATED_AT, utc(r.createdAt()))
                .set(PROMOTION_RESERVATIONS.UPDATED_AT, utc(r.updatedAt()))
                .set(PROMOTION_RESERVATIONS.PRICED_ORDER, pricedOrder.orElse(null))
                .onConflictDoNothing()
                .returningResult(PROMOTION_RESERVATIONS.RESERVATION_ID)
                .fetchOptional(PROMOTION_RESERVATIONS.RESERVATION_ID);
        id.ifPresent(saved -> {
            r.held().forEach((k, amount) -> dsl.insertInto(PROMOTION_RESERVATION_CLAIMS)
                    .set(PROMOTION_RESERVATION_CLAIMS.TENANT_ID, tenant.value())
                    .set(PROMOTION_RESERVATION_CLAIMS.RESERVATION_ID, saved)
                    .set(PROMOTION_RESERVATION_CLAIMS.SCHEME_ID, k.schemeId())
                    .set(PROMOTION_RESERVATION_CLAIMS.RESOURCE, k.resource().name())
                    .set(PROMOTION_RESERVATION_CLAIMS.SUBJECT, k.subject())
                    .set(PROMOTION_RESERVATION_CLAIMS.AMOUNT, amount).execute());
            r.schemes().forEach(s -> dsl.insertInto(PROMOTION_RESERVATION_SCHEMES)
                    .set(PROMOTION_RESERVATION_SCHEMES.TENANT_ID, tenant.value())
                    .set(PROMOTION_RESERVATION_SCHEMES.RESERVATION_ID, saved)
                    .set(PROMOTION_RESERVATION_SCHEMES.SCHEME_ID, s.schemeId())
                    .set(PROMOTION_RESERVATION_SCHEMES.VERSION, s.version())
                    .set(PROMOTION_RESERVATION_SCHEMES.BENEFIT, s.benefit().minor()).execute());
        });
        return id.map(saved -> new Reservation(saved, r.orderRef(), r.member(), r.status(), r.totalDue(), r.expiresAt(),
                r.createdAt(), r.updatedAt(), r.held(), r.schemes()));
    }

    @Override
    public Optional<Reservation> find(TenantId tenant, long id) {
        return dsl.selectFrom(PROMOTION_RESERVATIONS).where(key(tenant, id)).fetchOptional().map(r -> toReservation(tenant, r));
    }

    @Override
    public Optional<Reservation> lockConfirmed(TenantId tenant, String orderRef) {
        return dsl.selectFrom(PROMOTION_RESERVATIONS)
                .where(PROMOTION_RESERVATIONS.TENANT_ID.eq(tenant.value())
                        .and(PROMOTION_RESERVATIONS.ORDER_REF.eq(orderRef))
                        .and(PROMOTION_RESERVATIONS.STATUS.eq(Reservation.Status.CONFIRMED.name())))
                .forUpdate().fetchOptional().map(r -> toReservation(tenant, r));
    }

    @Override
    public Optional<Reservation> lock(TenantId tenant, long id) {
        return dsl.selectFrom(PROMOTION_RESERVATIONS).where(key(tenant, id)).forUpdate().fetchOptional()
                .map(r -> toReservation(tenant, r));
    }

    @Override
    public List<Reservation> lockDue(TenantId tenant, Instant now, int limit) {
        return dsl.selectFrom(PROMOTION_RESERVATIONS)
                .where(PROMOTION_RESERVATIONS.TENANT_ID.eq(tenant.value())
                        .and(PROMOTION_RESERVATIONS.STATUS.eq(Reservation.Status.HELD.name()))
                        .and(PROMOTION_RESERVATIONS.EXPIRES_AT.le(utc(now))))
                .orderBy(PROMOTION_RESERVATIONS.RESERVATION_ID).limit(limit).forUpdate().skipLocked()
                .fetch(r -> toReservation(tenant, r));
    }

    @Override
    public void setStatus(TenantId tenant, long id, Reservation.Status status, Instant at) {
        dsl.update(PROMOTION_RESERVATIONS)
                .set(PROMOTION_RESERVATIONS.STATUS, status.name())
                .set(PROMOTION_RESERVATIONS.UPDATED_AT, utc(at))
                .where(key(tenant, id)).execute();
    }

    @Override
    public Optional<String> pricedOrder(TenantId tenant, long id) {
        return dsl.select(PROMOTION_RESERVATIONS.PRICED_ORDER).from(PROMOTION_RESERVATIONS).where(key(tenant, id))
                .fetchOptional(PROMOTION_RESERVATIONS.PRICED_ORDER);
    }

    @Override
    public Map<Integer, PriorReturn> returned(TenantId tenant, long id, Currency currency) {
        Map<Integer, PriorReturn> out = new HashMap<>();
        dsl.select(PROMOTION_RETURNS.LINE_NO, DSL.sum(PROMOTION_RETURNS.QUANTITY), DSL.sum(PROMOTION_RETURNS.REFUNDED),
                        DSL.sum(PROMOTION_RETURNS.POINTS), DSL.sum(PROMOTION_RETURNS.WITHHELD))
                .from(PROMOTION_RETURNS)
                .where(PROMOTION_RETURNS.TENANT_ID.eq(tenant.value()), PROMOTION_RETURNS.RESERVATION_ID.eq(id))
                .groupBy(PROMOTION_RETURNS.LINE_NO)
                .forEach(r -> out.put(r.value1(), new PriorReturn(new Quantity(r.value2()),
                        Money.of(r.value3().longValueExact(), currency), r.value4().longValueExact(),
                        Money.of(Math.max(0, r.value5().longValueExact()), currency))));
        return out;
    }

    @Override
    public void addReturn(TenantId tenant, long id, RefundResult refund, Instant at) {
        int returnNo = 1 + dsl.select(DSL.coalesce(DSL.max(PROMOTION_RETURNS.RETURN_NO), 0)).from(PROMOTION_RETURNS)
                .where(PROMOTION_RETURNS.TENANT_ID.eq(tenant.value()), PROMOTION_RETURNS.RESERVATION_ID.eq(id))
                .fetchOne(0, Integer.class);
        var rows = dsl.insertInto(PROMOTION_RETURNS, PROMOTION_RETURNS.TENANT_ID, PROMOTION_RETURNS.RESERVATION_ID,
                PROMOTION_RETURNS.RETURN_NO, PROMOTION_RETURNS.LINE_NO, PROMOTION_RETURNS.QUANTITY, PROMOTION_RETURNS.REFUNDED,
                PROMOTION_RETURNS.POINTS, PROMOTION_RETURNS.WITHHELD, PROMOTION_RETURNS.CREATED_AT);
        // a returned line refunds money and points; a gift line records the units handed back and the value withheld
        // for a gift kept (or paid back, negative, for one that came back)
        for (LineRefund line : refund.lines()) {
            rows = rows.values(tenant.value(), id, returnNo, line.lineNo(), line.quantity().value(), line.refund().minor(),
                    line.pointsRestored(), 0L, utc(at));
        }
        for (GiftReturn gift : refund.gifts()) {
            rows = rows.values(tenant.value(), id, returnNo, gift.lineNo(), gift.handedBack().value(), 0L, 0L,
                    gift.withheld().minor() - gift.released().minor(), utc(at));
        }
        if (!refund.lines().isEmpty() || !refund.gifts().isEmpty()) {
            rows.execute();
        }
    }

    private Reservation toReservation(TenantId tenant, PromotionReservationsRecord r) {
        Currency currency = Currency.getInstance(r.getCurrency());
        Map<CounterKey, Long> held = new HashMap<>();
        dsl.selectFrom(PROMOTION_RESERVATION_CLAIMS)
                .where(PROMOTION_RESERVATION_CLAIMS.TENANT_ID.eq(tenant.value())
                        .and(PROMOTION_RESERVATION_CLAIMS.RESERVATION_ID.eq(r.getReservationId())))
                .forEach(c -> held.put(new CounterKey(c.getSchemeId(), Resource.valueOf(c.getResource()), c.getSubject()),
                        c.getAmount()));
        List<Reservation.UsedScheme> schemes = dsl.selectFrom(PROMOTION_RESERVATION_SCHEMES)
                .where(PROMOTION_RESERVATION_SCHEMES.TENANT_ID.eq(tenant.value())
                        .and(PROMOTION_RESERVATION_SCHEMES.RESERVATION_ID.eq(r.getReservationId())))
                .orderBy(PROMOTION_RESERVATION_SCHEMES.SCHEME_ID)
                .fetch(s -> new Reservation.UsedScheme(s.getSchemeId(), s.getVersion(), Money.of(s.getBenefit(), currency)));
        return new Reservation(r.getReservationId(), r.getOrderRef(), Optional.ofNullable(r.getMemberId()),
                Reservation.Status.valueOf(r.getStatus()), Money.of(r.getTotalDue(), currency),
                r.getExpiresAt().toInstant(), r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant(), held, schemes);
    }

    private static Condition key(TenantId tenant, long id) {
        return PROMOTION_RESERVATIONS.TENANT_ID.eq(tenant.value()).and(PROMOTION_RESERVATIONS.RESERVATION_ID.eq(id));
    }
}
