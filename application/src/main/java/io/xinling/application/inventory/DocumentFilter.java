package io.xinling.application.inventory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Which inventory documents a listing shows: kind, status, a warehouse (from or to), business dates, a number. */
public record DocumentFilter(Optional<DocumentKind> kind, Optional<DocumentStatus> status, Optional<Long> warehouse,
                             Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> number) {

    public DocumentFilter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(number, "number");
    }
}
