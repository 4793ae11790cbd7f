package io.xinling.persistence.pricing;

import io.xinling.application.pricing.port.PricedThings;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.WarehouseKind;
import io.xinling.domain.kernel.TenantId;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import static io.xinling.persistence.jooq.Tables.SKUS;
import static io.xinling.persistence.jooq.Tables.WAREHOUSES;

/** Answers pricing which SKU ids and store ids exist in the tenant, reading the catalog's and inventory's tables. */
public final class JooqPricedThings implements PricedThings {

    private final DSLContext dsl;

    public JooqPricedThings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Set<SkuId> unknownSkus(TenantId tenant, Collection<SkuId> skus) {
        Set<Long> asked = new HashSet<>();
        skus.forEach(s -> asked.add(s.value()));
        if (asked.isEmpty()) {
            return Set.of();
        }
        Set<Long> known = new HashSet<>(dsl.select(SKUS.SKU_ID).from(SKUS)
                .where(SKUS.TENANT_ID.eq(tenant.value()), SKUS.SKU_ID.in(asked)).fetch(SKUS.SKU_ID));
        Set<SkuId> unknown = new HashSet<>();
        asked.stream().filter(id -> !known.contains(id)).forEach(id -> unknown.add(new SkuId(id)));
        return unknown;
    }

    @Override
    public boolean storeExists(TenantId tenant, WarehouseId store) {
        return dsl.fetchExists(WAREHOUSES, WAREHOUSES.TENANT_ID.eq(tenant.value()),
                WAREHOUSES.WAREHOUSE_ID.eq(store.value()), WAREHOUSES.KIND.eq(WarehouseKind.STORE.name()));
    }
}
