package io.xinling.domain.inventory;

import io.xinling.domain.catalog.SkuId;

import java.util.Objects;
import java.util.Optional;

/**
 * The stock that shares one moving average (spec 0, 2.1): the location when costing per warehouse
 * (always for transit), the SKU, and the batch when the SKU is batch-costed.
 */
public record CostingKey(Optional<Location> location, SkuId sku, Optional<BatchNo> batch) {

    public CostingKey {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(batch, "batch");
    }

    /** The key a slot is costed on under {@code scope}. */
    public static CostingKey of(StockSlot slot, CostingScope scope, boolean batchCosted) {
        boolean perLocation = scope == CostingScope.PER_WAREHOUSE || slot.location() instanceof Location.InTransit;
        return new CostingKey(perLocation ? Optional.of(slot.location()) : Optional.empty(), slot.sku(),
                batchCosted ? slot.batch() : Optional.empty());
    }
}
