package io.xinling.application.inventory.port;

import io.xinling.application.inventory.InventorySettingsView;
import io.xinling.domain.kernel.TenantId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The tenant's inventory settings, one row per change, numbered (the latest is in force). */
public interface InventorySettingsRepository {

    /** The settings in force and their number; empty while the tenant has the defaults (number 0). */
    Optional<Numbered> current(TenantId tenant);

    /** Every version of the tenant's settings by number. */
    Map<Long, InventorySettingsView> all(TenantId tenant);

    void save(TenantId tenant, long number, InventorySettingsView settings, Instant at);

    record Numbered(long number, InventorySettingsView settings) {
    }
}
