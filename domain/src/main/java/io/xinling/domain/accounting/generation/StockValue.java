package io.xinling.domain.accounting.generation;

import io.xinling.domain.kernel.Money;

import java.util.Objects;

/**
 * One stored amount a template places: the item (SKU) and warehouse it concerns and the signed value that
 * entered (positive) or left (negative) stock, exactly as the stock ledger stored it (or its change).
 */
public record StockValue(String item, String warehouse, Money amount) {

    public StockValue {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(amount, "amount");
    }

    public StockValue negate() {
        return new StockValue(item, warehouse, amount.negate());
    }
}
