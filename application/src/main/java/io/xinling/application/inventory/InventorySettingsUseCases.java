package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;

/** Reads and changes the inventory settings. */
public interface InventorySettingsUseCases extends InventorySettingsQuery {

    /**
     * Replaces the settings. Fields left null keep their value. A change of costing scope names the first
     * day of an open period ({@code scopeFrom}); it is refused while the ledger holds movements, because the
     * opening split of spec 2.1 at the boundary is not applied by the ledger yet.
     */
    Either<StockError, InventorySettingsView> update(Update command);

    record Update(TenantId tenant, String costingScope, String scopeFrom, Boolean allowNegativeStock,
                  String purchaseReturnCosting, Boolean allowUnreferencedPurchaseReturn) {
    }
}
