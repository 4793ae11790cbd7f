package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.kernel.Quantity;

import java.util.Objects;

/** The physical quantity on hand of one location, SKU and batch. */
public record SlotBalance(StockSlot slot, Quantity onHand) {

    public SlotBalance {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(onHand, "onHand");
    }
}
