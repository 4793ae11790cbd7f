package io.xinling.application.inventory;

import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

/** Quantity and value of one location, SKU and batch at a date; the unit cost is V / Q, for display. */
public record BalanceRow(StockSlot slot, Quantity quantity, Money value) {
}
