package io.xinling.domain.inventory.stock;

import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.inventory.ledger.Batch;
import io.xinling.domain.kernel.Quantity;

import java.util.Objects;

/** A line of the expiry report: a batch held somewhere, and how much of it. */
public record ExpiringStock(StockSlot slot, Batch batch, Quantity onHand) {

    public ExpiringStock {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(onHand, "onHand");
    }
}
