package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.WarehouseId;

import java.util.List;
import java.util.Objects;

/** Sales return without a reference, at the current average or reference cost (spec 2.7). */
public record UnreferencedReturn(DocumentHeader header, WarehouseId warehouse, List<StockLine> lines) implements InventoryDocument {

    public UnreferencedReturn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(warehouse, "warehouse");
        lines = List.copyOf(lines);
    }
}
