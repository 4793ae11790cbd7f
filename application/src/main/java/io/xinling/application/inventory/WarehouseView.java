package io.xinling.application.inventory;

import io.xinling.domain.inventory.Warehouse;

import java.util.Objects;

/** A warehouse with its display name. */
public record WarehouseView(Warehouse warehouse, String name) {

    public WarehouseView {
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(name, "name");
    }
}
