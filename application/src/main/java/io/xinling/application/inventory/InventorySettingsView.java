package io.xinling.application.inventory;

import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.InventorySettings;
import io.xinling.domain.inventory.PurchaseReturnCosting;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's inventory settings: costing scope (and the period it took effect from), whether stock may go
 * negative (warehouses may override), how purchase returns are costed, and whether a purchase return may
 * name no receipt (read by the trade context).
 */
public record InventorySettingsView(CostingScope costingScope, Optional<LocalDate> scopeFrom, boolean allowNegativeStock,
                                    PurchaseReturnCosting purchaseReturnCosting,
                                    boolean allowUnreferencedPurchaseReturn) {

    public InventorySettingsView {
        Objects.requireNonNull(costingScope, "costingScope");
        Objects.requireNonNull(scopeFrom, "scopeFrom");
        Objects.requireNonNull(purchaseReturnCosting, "purchaseReturnCosting");
    }

    public static InventorySettingsView defaults() {
        return new InventorySettingsView(CostingScope.PER_ACCOUNT_SET, Optional.empty(), false,
                PurchaseReturnCosting.ORIGINAL_PRICE, false);
    }

    /** The settings the stock ledger posts under. */
    public InventorySettings ledgerSettings() {
        return new InventorySettings(costingScope, allowNegativeStock, purchaseReturnCosting, Currency.getInstance("CNY"));
    }
}
