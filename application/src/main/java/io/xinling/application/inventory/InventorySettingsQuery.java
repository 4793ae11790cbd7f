package io.xinling.application.inventory;

import io.xinling.domain.kernel.TenantId;

/** Reads a tenant's current inventory settings (the defaults until an admin changes them). */
public interface InventorySettingsQuery {

    InventorySettingsView settings(TenantId tenant);
}
