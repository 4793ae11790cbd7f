package io.xinling.persistence.pricing;

import io.xinling.application.partner.port.PriceListDirectory;
import io.xinling.application.pricing.NewPriceList;
import io.xinling.application.pricing.port.PriceListRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.pricing.PriceList;
import io.xinling.domain.pricing.PriceListId;
import io.xinling.domain.pricing.PriceListKind;
import io.xinling.domain.pricing.PriceResolutionOrder;
import io.xinling.domain.pricing.UnitPrice;
import io.xinling.persistence.jooq.tables.records.PriceListsRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.PRICE_LISTS;
import static io.xinling.persistence.jooq.Tables.PRICE_LIST_ITEMS;
import static io.xinling.persistence.jooq.Tables.PRICING_SETTINGS;

/**
 * Price lists and their prices; sku ids carry no foreign key (pricing checks them through {@link JooqPricedThings}
 * on create). Also answers the partner context whether a default price list exists.
 */
public final class JooqPriceListRepository implements PriceListRepository, PriceListDirectory {

    private final DSLContext dsl;

    public JooqPriceListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public PriceList create(TenantId tenant, NewPriceList list, Instant createdAt) {
        PriceListsRecord row = dsl.insertInto(PRICE_LISTS)
                .set(PRICE_LISTS.TENANT_ID, tenant.value())
                .set(PRICE_LISTS.NAME, list.name())
                .set(PRICE_LISTS.KIND, list.kind().name())
                .set(PRICE_LISTS.TARGET, list.target().orElse(null))
                .set(PRICE_LISTS.CURRENCY, list.currency().getCurrencyCode())
                .set(PRICE_LISTS.TAX_INCLUSIVE, list.taxInclusive())
                .set(PRICE_LISTS.VALID_FROM, list.validFrom().orElse(null))
                .set(PRICE_LISTS.VALID_TO, list.validTo().orElse(null))
                .set(PRICE_LISTS.CREATED_AT, createdAt.atOffset(ZoneOffset.UTC))
                .returning().fetchSingle();
        var insert = dsl.insertInto(PRICE_LIST_ITEMS, PRICE_LIST_ITEMS.TENANT_ID, PRICE_LIST_ITEMS.PRICE_LIST_ID,
                PRICE_LIST_ITEMS.SKU_ID, PRICE_LIST_ITEMS.PRICE);
        list.prices().forEach((sku, price) -> insert.values(tenant.value(), row.getPriceListId(), sku, price.value()));
        if (!list.prices().isEmpty()) {
            insert.execute();
        }
        return toList(row, list.prices());
    }

    @Override
    public boolean exists(TenantId tenant, PriceListId id) {
        return dsl.fetchExists(PRICE_LISTS, PRICE_LISTS.TENANT_ID.eq(tenant.value()), PRICE_LISTS.PRICE_LIST_ID.eq(id.value()));
    }

    @Override
    public Optional<PriceList> find(TenantId tenant, PriceListId id) {
        return dsl.selectFrom(PRICE_LISTS)
                .where(PRICE_LISTS.TENANT_ID.eq(tenant.value()), PRICE_LISTS.PRICE_LIST_ID.eq(id.value()))
                .fetchOptional()
                .map(row -> {
                    Currency currency = currency(row);
                    Map<Long, UnitPrice> prices = new HashMap<>();
                    dsl.selectFrom(PRICE_LIST_ITEMS)
                            .where(PRICE_LIST_ITEMS.TENANT_ID.eq(tenant.value()), PRICE_LIST_ITEMS.PRICE_LIST_ID.eq(id.value()))
                            .forEach(item -> prices.put(item.getSkuId(), new UnitPrice(item.getPrice(), currency)));
                    return toList(row, prices);
                });
    }

    @Override
    public List<PriceList> list(TenantId tenant, Optional<PriceListKind> kind, int limit, int offset) {
        Condition where = PRICE_LISTS.TENANT_ID.eq(tenant.value());
        if (kind.isPresent()) {
            where = where.and(PRICE_LISTS.KIND.eq(kind.get().name()));
        }
        return dsl.selectFrom(PRICE_LISTS).where(where).orderBy(PRICE_LISTS.PRICE_LIST_ID).limit(limit).offset(offset)
                .fetch(row -> toList(row, Map.of()));
    }

    @Override
    public List<PriceList> candidates(TenantId tenant, long sku) {
        return dsl.select(PRICE_LISTS.fields()).select(PRICE_LIST_ITEMS.PRICE)
                .from(PRICE_LISTS)
                .leftJoin(PRICE_LIST_ITEMS).on(PRICE_LIST_ITEMS.TENANT_ID.eq(PRICE_LISTS.TENANT_ID),
                        PRICE_LIST_ITEMS.PRICE_LIST_ID.eq(PRICE_LISTS.PRICE_LIST_ID), PRICE_LIST_ITEMS.SKU_ID.eq(sku))
                .where(PRICE_LISTS.TENANT_ID.eq(tenant.value()))
                .orderBy(PRICE_LISTS.PRICE_LIST_ID)
                .fetch(r -> candidate(r, sku));
    }

    private static PriceList candidate(Record r, long sku) {
        PriceListsRecord row = r.into(PRICE_LISTS);
        var price = r.get(PRICE_LIST_ITEMS.PRICE);
        return toList(row, price == null ? Map.of() : Map.of(sku, new UnitPrice(price, currency(row))));
    }

    @Override
    public Optional<PriceResolutionOrder> resolutionOrder(TenantId tenant) {
        return dsl.select(PRICING_SETTINGS.RESOLUTION_ORDER).from(PRICING_SETTINGS)
                .where(PRICING_SETTINGS.TENANT_ID.eq(tenant.value()))
                .fetchOptional(PRICING_SETTINGS.RESOLUTION_ORDER)
                .map(kinds -> new PriceResolutionOrder(Arrays.stream(kinds).map(PriceListKind::valueOf).toList()));
    }

    @Override
    public void saveResolutionOrder(TenantId tenant, PriceResolutionOrder order, Instant updatedAt) {
        String[] kinds = order.kinds().stream().map(Enum::name).toArray(String[]::new);
        dsl.insertInto(PRICING_SETTINGS)
                .set(PRICING_SETTINGS.TENANT_ID, tenant.value())
                .set(PRICING_SETTINGS.RESOLUTION_ORDER, kinds)
                .set(PRICING_SETTINGS.UPDATED_AT, updatedAt.atOffset(ZoneOffset.UTC))
                .onConflict(PRICING_SETTINGS.TENANT_ID).doUpdate()
                .set(PRICING_SETTINGS.RESOLUTION_ORDER, kinds)
                .set(PRICING_SETTINGS.UPDATED_AT, updatedAt.atOffset(ZoneOffset.UTC))
                .execute();
    }

    private static Currency currency(PriceListsRecord row) {
        return Currency.getInstance(row.getCurrency().strip());
    }

    private static PriceList toList(PriceListsRecord row, Map<Long, UnitPrice> prices) {
        return new PriceList(new PriceListId(row.getPriceListId()), row.getName(), PriceListKind.valueOf(row.getKind()),
                Optional.ofNullable(row.getTarget()), currency(row), row.getTaxInclusive(),
                Optional.ofNullable(row.getValidFrom()), Optional.ofNullable(row.getValidTo()), prices);
    }
}
