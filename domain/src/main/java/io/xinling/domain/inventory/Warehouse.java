package io.xinling.domain.inventory;

import java.util.Objects;
import java.util.Optional;

/**
 * A place that holds stock: a central warehouse, a store or a third-party warehouse, belonging to a
 * branch (a dimension of the books). {@code allowNegativeStock} overrides the tenant setting.
 */
public record Warehouse(WarehouseId id, String code, WarehouseKind kind, BranchId branch,
                        Optional<Boolean> allowNegativeStock) {

    public Warehouse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(allowNegativeStock, "allowNegativeStock");
    }

    public static Warehouse of(long id, WarehouseKind kind) {
        return new Warehouse(new WarehouseId(id), "W" + id, kind, new BranchId(1), Optional.empty());
    }

    public Warehouse allowingNegativeStock(boolean allowed) {
        return new Warehouse(id, code, kind, branch, Optional.of(allowed));
    }
}
