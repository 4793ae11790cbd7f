package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.WarehouseId;

import java.util.List;
import java.util.Objects;

/** Stocktake (盘点) of one warehouse: counted quantities (spec 2.10). */
public record Stocktake(DocumentHeader header, WarehouseId warehouse, List<CountLine> lines) implements InventoryDocument {

    public Stocktake {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(warehouse, "warehouse");
        lines = List.copyOf(lines);
    }
}
