package io.xinling.domain.inventory.stock;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.kernel.Quantity;

import java.util.Objects;

/** Base units of a SKU held in a warehouse for an order that has not shipped yet. */
public record Reservation(ReservationId id, WarehouseId warehouse, SkuId sku, Quantity quantity) {

    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        if (!quantity.isPositive()) {
            throw new IllegalArgumentException("a reservation holds a positive quantity");
        }
    }
}
