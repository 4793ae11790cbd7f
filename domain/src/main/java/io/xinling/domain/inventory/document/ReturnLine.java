package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.MovementId;

import java.util.Objects;

/** A referenced sales return line: the units come back at the original cost of {@code sale} (spec 2.7). */
public record ReturnLine(StockLine stock, MovementId sale) {

    public ReturnLine {
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(sale, "sale");
    }
}
