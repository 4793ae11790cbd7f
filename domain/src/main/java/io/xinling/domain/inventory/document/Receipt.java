package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.WarehouseId;

import java.util.List;
import java.util.Objects;

/** Goods in with a known amount: opening balance, purchase, other inbound (spec 2.4). */
public record Receipt(DocumentHeader header, WarehouseId warehouse, ReceiptPurpose purpose, List<ValuedLine> lines) implements InventoryDocument {

    public Receipt {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(purpose, "purpose");
        lines = List.copyOf(lines);
    }
}
