package io.xinling.application.pricing.port;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.kernel.TenantId;

import java.util.Collection;
import java.util.Set;

/** What a price list may name that the catalog and inventory own: the tenant's SKUs and stores. */
public interface PricedThings {

    /** The ids among {@code skus} that are no SKU of the tenant. */
    Set<SkuId> unknownSkus(TenantId tenant, Collection<SkuId> skus);

    /** Whether the tenant has a warehouse of kind store with this id. */
    boolean storeExists(TenantId tenant, WarehouseId store);
}
