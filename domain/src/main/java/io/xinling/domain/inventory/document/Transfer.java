package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.WarehouseId;

import java.util.List;
import java.util.Objects;

/** One-step transfer (调拨): out of one warehouse, into the other at the same cost (spec 2.8). */
public record Transfer(DocumentHeader header, WarehouseId from, WarehouseId to, List<StockLine> lines) implements InventoryDocument {

    public Transfer {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        lines = List.copyOf(lines);
    }
}
