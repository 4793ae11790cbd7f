package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.kernel.Money;

import java.util.List;
import java.util.Objects;

/** Assembly (组装): components out, kits in at their cost plus the processing fee (spec 2.9). */
public record Assembly(DocumentHeader header, WarehouseId warehouse, List<WeightedLine> kits, List<StockLine> components, Money fee) implements InventoryDocument {

    public Assembly {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(warehouse, "warehouse");
        kits = List.copyOf(kits);
        components = List.copyOf(components);
        Objects.requireNonNull(fee, "fee");
    }
}
