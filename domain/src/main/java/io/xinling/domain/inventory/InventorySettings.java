package io.xinling.domain.inventory;

import java.util.Currency;
import java.util.Objects;

/**
 * Tenant settings of the stock ledger: costing scope, whether stock may go negative (off by default,
 * warehouses may override), how purchase returns are costed, and the currency of the books.
 * The scope changes only at a period boundary, through {@link ScopeSwitch}.
 */
public record InventorySettings(CostingScope scope, boolean allowNegativeStock,
                                PurchaseReturnCosting purchaseReturnCosting, Currency currency) {

    public InventorySettings {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(purchaseReturnCosting, "purchaseReturnCosting");
        Objects.requireNonNull(currency, "currency");
    }

    public static InventorySettings defaults() {
        return new InventorySettings(CostingScope.PER_ACCOUNT_SET, false, PurchaseReturnCosting.ORIGINAL_PRICE,
                Currency.getInstance("CNY"));
    }

    public InventorySettings withScope(CostingScope newScope) {
        return new InventorySettings(newScope, allowNegativeStock, purchaseReturnCosting, currency);
    }

    public InventorySettings withNegativeStock(boolean allowed) {
        return new InventorySettings(scope, allowed, purchaseReturnCosting, currency);
    }

    public InventorySettings withPurchaseReturnCosting(PurchaseReturnCosting costing) {
        return new InventorySettings(scope, allowNegativeStock, costing, currency);
    }

    /** Whether issues from {@code warehouse} may go below zero. */
    public boolean negativeAllowedIn(Warehouse warehouse) {
        return warehouse.allowNegativeStock().orElse(allowNegativeStock);
    }
}
