package io.xinling.persistence.promotion;

import io.xinling.application.promotion.pricechange.PriceChange;
import io.xinling.application.promotion.port.PriceChangeRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.jooq.tables.records.PromotionPriceChangesRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static io.xinling.persistence.jooq.Tables.PROMOTION_PRICE_CHANGES;
import static io.xinling.persistence.jooq.Tables.PROMOTION_PRICE_CHANGE_LINES;
import static io.xinling.persistence.promotion.JooqCouponRepository.utc;

public final class JooqPriceChangeRepository implements PriceChangeRepository {

    private final DSLContext dsl;

    public JooqPriceChangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public PriceChange insert(TenantId tenant, PriceChange c) {
        long id = dsl.insertInto(PROMOTION_PRICE_CHANGES)
                .set(PROMOTION_PRICE_CHANGES.TENANT_ID, tenant.value())
                .set(PROMOTION_PRICE_CHANGES.STORES, c.stores().stream().sorted().toArray(String[]::new))
                .set(PROMOTION_PRICE_CHANGES.STARTS_AT, c.start())
                .set(PROMOTION_PRICE_CHANGES.ENDS_AT, c.end())
                .set(PROMOTION_PRICE_CHANGES.STATUS, c.status().name())
                .set(PROMOTION_PRICE_CHANGES.NOTE, c.note())
                .set(PROMOTION_PRICE_CHANGES.CREATED_AT, utc(c.updatedAt()))
                .set(PROMOTION_PRICE_CHANGES.UPDATED_AT, utc(c.updatedAt()))
                .returningResult(PROMOTION_PRICE_CHANGES.CHANGE_ID).fetchSingle(PROMOTION_PRICE_CHANGES.CHANGE_ID);
        var insert = dsl.insertInto(PROMOTION_PRICE_CHANGE_LINES, PROMOTION_PRICE_CHANGE_LINES.TENANT_ID,
                PROMOTION_PRICE_CHANGE_LINES.CHANGE_ID, PROMOTION_PRICE_CHANGE_LINES.SKU, PROMOTION_PRICE_CHANGE_LINES.PRICE);
        for (Map.Entry<String, Money> line : c.prices().entrySet()) {
            insert = insert.values(tenant.value(), id, line.getKey(), line.getValue().minor());
        }
        insert.execute();
        return new PriceChange(id, c.stores(), c.start(), c.end(), c.prices(), c.status(), c.note(), c.updatedAt());
    }

    @Override
    public void updateStatus(TenantId tenant, PriceChange c) {
        dsl.update(PROMOTION_PRICE_CHANGES)
                .set(PROMOTION_PRICE_CHANGES.STATUS, c.status().name())
                .set(PROMOTION_PRICE_CHANGES.UPDATED_AT, utc(c.updatedAt()))
                .where(key(tenant, c.id())).execute();
    }

    @Override
    public Optional<PriceChange> find(TenantId tenant, long id) {
        return dsl.selectFrom(PROMOTION_PRICE_CHANGES).where(key(tenant, id)).fetchOptional().map(r -> toChange(tenant, r));
    }

    @Override
    public Optional<PriceChange> lock(TenantId tenant, long id) {
        return dsl.selectFrom(PROMOTION_PRICE_CHANGES).where(key(tenant, id)).forUpdate().fetchOptional()
                .map(r -> toChange(tenant, r));
    }

    @Override
    public List<PriceChange> effectiveAt(TenantId tenant, LocalDateTime at) {
        return dsl.selectFrom(PROMOTION_PRICE_CHANGES)
                .where(PROMOTION_PRICE_CHANGES.TENANT_ID.eq(tenant.value())
                        .and(PROMOTION_PRICE_CHANGES.STATUS.eq(PriceChange.Status.APPROVED.name()))
                        .and(PROMOTION_PRICE_CHANGES.STARTS_AT.le(at)).and(PROMOTION_PRICE_CHANGES.ENDS_AT.gt(at)))
                .orderBy(PROMOTION_PRICE_CHANGES.CHANGE_ID).fetch(r -> toChange(tenant, r));
    }

    @Override
    public List<PriceChange> list(TenantId tenant, int limit) {
        return dsl.selectFrom(PROMOTION_PRICE_CHANGES).where(PROMOTION_PRICE_CHANGES.TENANT_ID.eq(tenant.value()))
                .orderBy(PROMOTION_PRICE_CHANGES.CHANGE_ID.desc()).limit(limit).fetch(r -> toChange(tenant, r));
    }

    private PriceChange toChange(TenantId tenant, PromotionPriceChangesRecord r) {
        Map<String, Money> prices = new TreeMap<>();
        dsl.selectFrom(PROMOTION_PRICE_CHANGE_LINES)
                .where(PROMOTION_PRICE_CHANGE_LINES.TENANT_ID.eq(tenant.value())
                        .and(PROMOTION_PRICE_CHANGE_LINES.CHANGE_ID.eq(r.getChangeId())))
                .forEach(l -> prices.put(l.getSku(), Money.cny(l.getPrice())));
        return new PriceChange(r.getChangeId(), Set.of(r.getStores()), r.getStartsAt(), r.getEndsAt(), prices,
                PriceChange.Status.valueOf(r.getStatus()), r.getNote(), r.getUpdatedAt().toInstant());
    }

    private static Condition key(TenantId tenant, long id) {
        return PROMOTION_PRICE_CHANGES.TENANT_ID.eq(tenant.value()).and(PROMOTION_PRICE_CHANGES.CHANGE_ID.eq(id));
    }
}
