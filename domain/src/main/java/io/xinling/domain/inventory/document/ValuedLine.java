package io.xinling.domain.inventory.document;

import io.xinling.domain.kernel.Money;

import java.util.Objects;

/** A line with an amount: the inbound value of a receipt, the credited amount of a purchase return. */
public record ValuedLine(StockLine stock, Money amount) {

    public ValuedLine {
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(amount, "amount");
    }
}
