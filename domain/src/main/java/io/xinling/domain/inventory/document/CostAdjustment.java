package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.WarehouseId;

import java.util.List;
import java.util.Objects;

/** Cost adjustment (成本调整单): value-only changes while stock is held (spec 2.11). */
public record CostAdjustment(DocumentHeader header, WarehouseId warehouse, List<AdjustmentLine> lines) implements InventoryDocument {

    public CostAdjustment {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(warehouse, "warehouse");
        lines = List.copyOf(lines);
    }
}
