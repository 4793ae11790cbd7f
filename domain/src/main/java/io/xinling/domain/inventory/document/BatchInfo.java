package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.BatchNo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A batch as a line names it; dates are given on receipt (expiry defaults from the shelf life). */
public record BatchInfo(BatchNo number, Optional<LocalDate> producedOn, Optional<LocalDate> expiresOn) {

    public BatchInfo {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(producedOn, "producedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }

    public static BatchInfo of(String number) {
        return new BatchInfo(new BatchNo(number), Optional.empty(), Optional.empty());
    }

    public static BatchInfo produced(String number, LocalDate produced) {
        return new BatchInfo(new BatchNo(number), Optional.of(produced), Optional.empty());
    }
}
