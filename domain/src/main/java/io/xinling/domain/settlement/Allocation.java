package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;

import java.util.Objects;

/** Part of a write-off: how much of a credit goes against one charge. */
public record Allocation(SettlementItemId item, Money amount) {

    public Allocation {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(amount, "amount");
    }
}
