package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.kernel.Money;

import java.util.List;
import java.util.Objects;

/** Disassembly (拆卸): a kit out, components in at the kit's cost split by weight (spec 2.9). */
public record Disassembly(DocumentHeader header, WarehouseId warehouse, StockLine kit, List<WeightedLine> components, Money fee) implements InventoryDocument {

    public Disassembly {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(kit, "kit");
        components = List.copyOf(components);
        Objects.requireNonNull(fee, "fee");
    }
}
