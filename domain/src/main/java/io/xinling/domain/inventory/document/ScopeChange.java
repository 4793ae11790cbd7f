package io.xinling.domain.inventory.document;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.WarehouseId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A switch of the costing scope at a period boundary (spec 2.1), made by the system, never entered: from its
 * date on, documents are costed on the keys of {@code to}. Each line is one (SKU, warehouse[, batch]) whose
 * stock was costed on a key of {@code from} before the date: on replay its quantity there leaves the old key
 * at the value that warehouse carries and opens the new key at its value share, so the split is re-derived
 * whenever a backdated document changes the state before the boundary. The batch names the costing batch of
 * a batch-costed SKU, otherwise a batch the stock was seen in (or none). Lines are only ever added.
 */
public record ScopeChange(DocumentHeader header, CostingScope from, CostingScope to, List<Line> lines)
        implements InventoryDocument {

    public ScopeChange {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        lines = List.copyOf(lines);
        if (from == to) {
            throw new IllegalArgumentException("a scope change changes the scope");
        }
    }

    /** One (SKU, warehouse[, batch]) carried across the boundary. */
    public record Line(int line, SkuId sku, WarehouseId warehouse, Optional<BatchNo> batch) {
        public Line {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(warehouse, "warehouse");
            Objects.requireNonNull(batch, "batch");
        }
    }

    public ScopeChange withLines(List<Line> more) {
        List<Line> all = new java.util.ArrayList<>(lines);
        all.addAll(more);
        return new ScopeChange(header, from, to, all);
    }
}
