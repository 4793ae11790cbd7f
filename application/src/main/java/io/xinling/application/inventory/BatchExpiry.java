package io.xinling.application.inventory;

import java.time.LocalDate;
import java.util.Optional;

/** A batch as it was received: the SKU, its number and the dates the receiving line gave. */
public record BatchExpiry(long sku, String batch, Optional<LocalDate> producedOn, Optional<LocalDate> expiresOn) {
}
