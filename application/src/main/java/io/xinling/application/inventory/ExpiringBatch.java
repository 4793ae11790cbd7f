package io.xinling.application.inventory;

import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.kernel.Quantity;

import java.time.LocalDate;

/** A batch in stock somewhere that expires on {@code expiresOn}. */
public record ExpiringBatch(StockSlot slot, LocalDate expiresOn, Quantity quantity) {
}
