package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.catalog.Catalog;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.InventorySettings;
import io.xinling.domain.inventory.Periods;
import io.xinling.domain.inventory.Warehouse;
import io.xinling.domain.inventory.WarehouseId;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The reference data a ledger posts against: settings, catalog, warehouses and periods. */
public record InventorySetup(InventorySettings settings, Catalog catalog, Map<WarehouseId, Warehouse> warehouses,
                             Periods periods) {

    public InventorySetup {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(catalog, "catalog");
        warehouses = Map.copyOf(warehouses);
        Objects.requireNonNull(periods, "periods");
    }

    public static InventorySetup of(InventorySettings settings, Catalog catalog, Collection<Warehouse> warehouses) {
        return new InventorySetup(settings, catalog,
                warehouses.stream().collect(Collectors.toMap(Warehouse::id, Function.identity())), Periods.allOpen());
    }

    public Either<InventoryError, Warehouse> warehouse(WarehouseId id) {
        Warehouse w = warehouses.get(id);
        return w == null ? Either.left(new InventoryError.UnknownWarehouse(id)) : Either.right(w);
    }

    public InventorySetup withPeriods(Periods newPeriods) {
        return new InventorySetup(settings, catalog, warehouses, newPeriods);
    }
}
