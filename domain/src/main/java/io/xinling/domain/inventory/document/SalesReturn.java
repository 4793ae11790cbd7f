package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.WarehouseId;

import java.util.List;
import java.util.Objects;

/** Sales return with a reference to the sale movements, at their original cost (spec 2.7). */
public record SalesReturn(DocumentHeader header, WarehouseId warehouse, List<ReturnLine> lines) implements InventoryDocument {

    public SalesReturn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(warehouse, "warehouse");
        lines = List.copyOf(lines);
    }
}
