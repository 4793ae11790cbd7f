package io.xinling.domain.accounting.generation;

import io.xinling.domain.kernel.Money;

import java.util.Objects;

/**
 * One stored amount a template places: the item (SKU), warehouse and branch it concerns and the signed value
 * that entered (positive) or left (negative) stock, exactly as the stock ledger stored it (or its change).
 */
public record StockValue(String item, String warehouse, String branch, Money amount) {

    public StockValue {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(amount, "amount");
    }

    public StockValue negate() {
        return new StockValue(item, warehouse, branch, amount.negate());
    }
}
