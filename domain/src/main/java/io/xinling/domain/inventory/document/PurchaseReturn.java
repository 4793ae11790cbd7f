package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.WarehouseId;

import java.util.List;
import java.util.Objects;

/** Purchase return: each line's amount is the credited amount P (spec 2.7). */
public record PurchaseReturn(DocumentHeader header, WarehouseId warehouse, List<ValuedLine> lines) implements InventoryDocument {

    public PurchaseReturn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(warehouse, "warehouse");
        lines = List.copyOf(lines);
    }
}
