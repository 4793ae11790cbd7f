package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.WarehouseId;

import java.util.List;
import java.util.Objects;

/** Goods out at cost: sale, POS sale, other outbound; may go negative where allowed (spec 2.5, 2.6). */
public record Issue(DocumentHeader header, WarehouseId warehouse, IssuePurpose purpose, List<StockLine> lines) implements InventoryDocument {

    public Issue {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(purpose, "purpose");
        lines = List.copyOf(lines);
    }
}
