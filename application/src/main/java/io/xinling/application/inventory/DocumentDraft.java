package io.xinling.application.inventory;

import io.xinling.domain.kernel.Money;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An inventory document as stored: kind, business date and time, warehouses, purpose, the document
 * it refers to (a dispatch, a receipt), a header amount (fee, charge), the landed-cost basis, lines, and for a
 * landed cost the supplier (carrier) it is owed to, if named, and its {@link DocumentFlag flags}; {@code reversedOn} is
 * the date a cancelled landed cost was reversed on, when its receipt's period had closed since (spec 2.13).
 */
public record DocumentDraft(DocumentKind kind, LocalDate date, LocalTime time, Optional<Long> warehouse,
                            Optional<Long> toWarehouse, Optional<String> purpose, Optional<Long> reference,
                            Optional<Money> amount, Optional<String> basis, Optional<String> note,
                            List<DraftLine> lines, Optional<Long> supplier, Set<DocumentFlag> flags,
                            Optional<LocalDate> reversedOn) {

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
        Objects.requireNonNull(reversedOn, "reversedOn");
        lines = List.copyOf(lines);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** A document never reversed late. */
    public DocumentDraft(DocumentKind kind, LocalDate date, LocalTime time, Optional<Long> warehouse,
                         Optional<Long> toWarehouse, Optional<String> purpose, Optional<Long> reference,
                         Optional<Money> amount, Optional<String> basis, Optional<String> note, List<DraftLine> lines,
                         Optional<Long> supplier, Set<DocumentFlag> flags) {
        this(kind, date, time, warehouse, toWarehouse, purpose, reference, amount, basis, note, lines, supplier, flags,
                Optional.empty());
    }

    /** A document without flags. */
    public DocumentDraft(DocumentKind kind, LocalDate date, LocalTime time, Optional<Long> warehouse,
                         Optional<Long> toWarehouse, Optional<String> purpose, Optional<Long> reference,
                         Optional<Money> amount, Optional<String> basis, Optional<String> note, List<DraftLine> lines,
                         Optional<Long> supplier) {
        this(kind, date, time, warehouse, toWarehouse, purpose, reference, amount, basis, note, lines, supplier, Set.of());
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
                newLines, supplier, flags, reversedOn);
    }

    /** This document reversed on {@code date}. */
    public DocumentDraft withReversal(LocalDate on) {
        return new DocumentDraft(kind, date, time, warehouse, toWarehouse, purpose, reference, amount, basis, note,
                lines, supplier, flags, Optional.of(on));
    }

    /** This document with {@code flag} set as well. */
    public DocumentDraft withFlag(DocumentFlag flag) {
        Set<DocumentFlag> more = EnumSet.of(flag);
        more.addAll(flags);
        return new DocumentDraft(kind, date, time, warehouse, toWarehouse, purpose, reference, amount, basis, note,
                lines, supplier, more, reversedOn);
    }

    public boolean has(DocumentFlag flag) {
        return flags.contains(flag);
    }

    public List<DraftLine> linesOf(LineRole role) {
        return lines.stream().filter(l -> l.role() == role).toList();
    }
}
