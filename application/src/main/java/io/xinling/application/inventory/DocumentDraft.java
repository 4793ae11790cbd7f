package io.xinling.application.inventory;

import io.xinling.domain.kernel.Money;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An inventory document as stored: kind, business date and time, warehouses, purpose, the document
 * it refers to (a dispatch, a receipt), a header amount (fee, charge), the landed-cost basis, lines, and for a
 * landed cost the supplier (carrier) it is owed to, if named.
 */
public record DocumentDraft(DocumentKind kind, LocalDate date, LocalTime time, Optional<Long> warehouse,
                            Optional<Long> toWarehouse, Optional<String> purpose, Optional<Long> reference,
                            Optional<Money> amount, Optional<String> basis, Optional<String> note,
                            List<DraftLine> lines, Optional<Long> supplier) {

    public DocumentDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(toWarehouse, "toWarehouse");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(supplier, "supplier");
        lines = List.copyOf(lines);
    }

    /** A document that names no supplier. */
    public DocumentDraft(DocumentKind kind, LocalDate date, LocalTime time, Optional<Long> warehouse,
                         Optional<Long> toWarehouse, Optional<String> purpose, Optional<Long> reference,
                         Optional<Money> amount, Optional<String> basis, Optional<String> note, List<DraftLine> lines) {
        this(kind, date, time, warehouse, toWarehouse, purpose, reference, amount, basis, note, lines, Optional.empty());
    }

    /** This document with other lines. */
    public DocumentDraft withLines(List<DraftLine> newLines) {
        return new DocumentDraft(kind, date, time, warehouse, toWarehouse, purpose, reference, amount, basis, note,
                newLines, supplier);
    }

    public List<DraftLine> linesOf(LineRole role) {
        return lines.stream().filter(l -> l.role() == role).toList();
    }
}
