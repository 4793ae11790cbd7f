package io.xinling.application.inventory.port;

import io.xinling.application.inventory.WarehouseView;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.kernel.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a post reads of a tenant's setup before it costs anything, read together (one round trip to the database):
 * the inventory settings in force, the SKUs it moves (and those of their groups) and every warehouse.
 */
@FunctionalInterface
public interface SetupReader {

    Read read(TenantId tenant, Collection<Long> skus);

    /** The settings in force (none saved yet: empty), the SKUs found among those asked for, and the warehouses. */
    record Read(Optional<InventorySettingsRepository.Numbered> settings, List<Sku> skus, List<WarehouseView> warehouses) {
    }
}
