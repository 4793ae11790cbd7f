package io.xinling.domain.inventory;

import io.xinling.domain.catalog.SkuId;

import java.util.Objects;
import java.util.Optional;

/** The physical balance availability is decided on: location, SKU and batch (spec 2.6). */
public record StockSlot(Location location, SkuId sku, Optional<BatchNo> batch) {

    public StockSlot {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(batch, "batch");
    }
}
