package io.xinling.domain.inventory.ledger;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.BatchNo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A batch of a SKU with its production date and expiry (given, or production date + shelf life). */
public record Batch(SkuId sku, BatchNo number, Optional<LocalDate> producedOn, Optional<LocalDate> expiresOn) {

    public Batch {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(producedOn, "producedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }
}
