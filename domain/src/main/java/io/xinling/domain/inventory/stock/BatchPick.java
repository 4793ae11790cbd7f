package io.xinling.domain.inventory.stock;

import io.xinling.domain.inventory.ledger.Batch;
import io.xinling.domain.kernel.Quantity;

import java.util.Objects;

/** Take {@code quantity} base units of {@code batch}. */
public record BatchPick(Batch batch, Quantity quantity) {

    public BatchPick {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(quantity, "quantity");
    }
}
