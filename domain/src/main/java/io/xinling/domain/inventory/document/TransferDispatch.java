package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.WarehouseId;

import java.util.List;
import java.util.Objects;

/** First step of a two-step transfer: from the warehouse into transit (spec 2.8). */
public record TransferDispatch(DocumentHeader header, WarehouseId from, WarehouseId to, List<StockLine> lines) implements InventoryDocument {

    public TransferDispatch {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        lines = List.copyOf(lines);
    }
}
