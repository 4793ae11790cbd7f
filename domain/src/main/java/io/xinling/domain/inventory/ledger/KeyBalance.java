package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

import java.util.Objects;

/** Quantity and value of one costing key; the average is V / Q, for display only. */
public record KeyBalance(CostingKey key, Quantity quantity, Money value) {

    public KeyBalance {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
    }
}
