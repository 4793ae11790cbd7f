package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.kernel.BusinessDates;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns a create command into the stored draft: every field parsed, the first malformed one refused. */
final class DraftParser {

    private DraftParser() {
    }

    static Either<StockError, DocumentDraft> parse(DocumentCommands.Create c) {
        try {
            DocumentKind kind = DocumentKind.parse(nonNull(c.kind(), "kind"))
                    .orElseThrow(() -> new Bad("kind", "is not a known document kind"));
            if (kind == DocumentKind.SCOPE_SWITCH) {
                throw new Bad("kind", "scope-switch documents are made by changing the costing scope in the inventory settings");
            }
            oneOf(kind == DocumentKind.RECEIPT ? c.purpose() : null, "purpose", List.of("opening", "purchase", "other"));
            oneOf(kind == DocumentKind.ISSUE ? c.purpose() : null, "purpose", List.of("sale", "pos-sale", "other"));
            oneOf(kind == DocumentKind.LANDED_COST ? c.basis() : null, "basis", List.of("amount", "quantity", "lines"));
            List<DraftLine> lines = new ArrayList<>();
            List<DocumentCommands.Line> in = c.lines() == null ? List.of() : c.lines();
            boolean byLines = kind == DocumentKind.LANDED_COST && "lines".equals(c.basis());
            if (kind == DocumentKind.LANDED_COST && !byLines && !in.isEmpty()) {
                throw new Bad("lines", "a landed-cost document has no lines: it names its receipt in referenceDocumentId"
                        + " and spreads its amount over that receipt's lines (or gives each line's charge with basis lines)");
            }
            if ((kind != DocumentKind.LANDED_COST || byLines) && in.isEmpty()) {
                throw new Bad("lines", "needs at least one line");
            }
            for (int i = 0; i < in.size(); i++) {
                lines.add(line(kind, i + 1, in.get(i), "lines[" + i + "]"));
            }
            String amount = byLines ? lineCharges(lines, c.amount()) : c.amount();
            if (c.supplierId() != null && kind != DocumentKind.LANDED_COST) {
                throw new Bad("supplierId", "only a landed-cost document names a supplier (the carrier it owes)");
            }
            Optional<Long> supplier = Optional.ofNullable(c.supplierId()).map(s -> positive(s, "supplierId"));
            if (c.abnormalLoss() != null && kind != DocumentKind.STOCKTAKE) {
                throw new Bad("abnormalLoss", "only a stocktake says whether its loss is abnormal (非正常损失)");
            }
            Set<DocumentFlag> flags = Boolean.TRUE.equals(c.abnormalLoss()) ? Set.of(DocumentFlag.ABNORMAL_LOSS) : Set.of();
            return Either.right(new DocumentDraft(kind, date(nonNull(c.date(), "date"), "date"),
                    c.time() == null ? LocalTime.MIDNIGHT : time(c.time()), Optional.ofNullable(c.warehouseId()),
                    Optional.ofNullable(c.toWarehouseId()), Optional.ofNullable(c.purpose()),
                    Optional.ofNullable(c.referenceDocumentId()), money(amount, "amount"),
                    Optional.ofNullable(c.basis()), Optional.ofNullable(c.note()), lines, supplier, flags));
        } catch (Bad e) {
            return Either.left(e.error);
        }
    }

    /**
     * The charge of a landed cost given per receipt line (basis lines): every line names its amount (a line charge,
     * which may be zero or negative), and the header amount, when sent, is their sum.
     */
    private static String lineCharges(List<DraftLine> lines, String header) {
        Money sum = Money.zero(Money.CNY);
        for (DraftLine l : lines) {
            sum = sum.plus(l.amount().orElseThrow(() -> new Bad(InventoryError.at(l.line()) + ".amount",
                    "is required: a landed cost with basis lines gives each receipt line's charge")));
        }
        if (header != null && !money(header, "amount").orElseThrow().equals(sum)) {
            throw new Bad("amount", "is the sum of the line charges, " + sum.format());
        }
        return sum.format();
    }

    private static DraftLine line(DocumentKind kind, int no, DocumentCommands.Line l, String f) {
        if (l == null) {
            throw new Bad(f, "is null; every line is an object");
        }
        LineRole role = l.role() == null ? defaultRole(kind, f)
                : LineRole.parse(l.role()).filter(r -> rolesOf(kind).contains(r))
                        .orElseThrow(() -> new Bad(f + ".role", "is not a line role of a " + kind.wire() + " document; allowed: "
                                + String.join(", ", rolesOf(kind).stream().map(LineRole::wire).toList())));
        Optional<MovementId> ref = l.saleDocumentId() == null ? Optional.empty()
                : Optional.of(new MovementId(new DocumentId(positive(l.saleDocumentId(), f + ".saleDocumentId")),
                        l.saleLine() == null ? 1 : atLeast(l.saleLine(), 1, f + ".saleLine"),
                        l.saleLeg() == null ? 0 : atLeast(l.saleLeg(), 0, f + ".saleLeg")));
        Optional<LocalDate> producedOn = Optional.ofNullable(l.producedOn()).map(d -> date(d, f + ".producedOn"));
        Optional<LocalDate> expiresOn = Optional.ofNullable(l.expiresOn()).map(d -> date(d, f + ".expiresOn"));
        if (producedOn.isPresent() && expiresOn.isPresent() && expiresOn.get().isBefore(producedOn.get())) {
            throw new Bad(f + ".expiresOn", "is before producedOn " + producedOn.get());
        }
        return new DraftLine(no, role, nonNull(l.skuId(), f + ".skuId"), quantity(l.quantity(), f + ".quantity"),
                Optional.ofNullable(l.unit()), Optional.ofNullable(l.batch()).filter(b -> !b.isBlank()),
                producedOn, expiresOn,
                serials(l.serials(), f + ".serials"), money(l.amount(), f + ".amount"),
                weight(l.weight(), f + ".weight"), ref);
    }

    /** The line roles a document of {@code kind} is made of; a line with another role would be ignored on posting. */
    private static List<LineRole> rolesOf(DocumentKind kind) {
        return switch (kind) {
            case RECEIPT, TRANSFER_RECEIPT, UNREFERENCED_RETURN -> List.of(LineRole.IN);
            case ISSUE, TRANSFER, TRANSFER_DISPATCH, PURCHASE_RETURN -> List.of(LineRole.OUT);
            case STOCKTAKE -> List.of(LineRole.COUNT);
            case COST_ADJUSTMENT -> List.of(LineRole.ADJUST);
            case SALES_RETURN -> List.of(LineRole.RETURN);
            case ASSEMBLY, DISASSEMBLY -> List.of(LineRole.PRODUCT, LineRole.COMPONENT);
            case LANDED_COST -> List.of(LineRole.ADJUST);
            case SCOPE_SWITCH -> List.of();
        };
    }

    private static LineRole defaultRole(DocumentKind kind, String f) {
        return switch (kind) {
            case RECEIPT, TRANSFER_RECEIPT, UNREFERENCED_RETURN -> LineRole.IN;
            case ISSUE, TRANSFER, TRANSFER_DISPATCH, PURCHASE_RETURN -> LineRole.OUT;
            case STOCKTAKE -> LineRole.COUNT;
            case COST_ADJUSTMENT, LANDED_COST -> LineRole.ADJUST;
            case SALES_RETURN -> LineRole.RETURN;
            case SCOPE_SWITCH -> LineRole.CARRY;
            case ASSEMBLY, DISASSEMBLY -> throw new Bad(f + ".role", "is required (product or component)");
        };
    }

    /** A word from a closed list (SKUs carry no weight, so a landed cost spreads by amount or quantity only). */
    private static void oneOf(String value, String field, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new Bad(field, "is one of " + String.join(", ", allowed));
        }
    }

    private static long positive(long value, String field) {
        if (value < 1) {
            throw new Bad(field, "is a document id (1 or more)");
        }
        return value;
    }

    private static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new Bad(field, "is a whole number of " + min + " or more");
        }
        return value;
    }

    private static List<String> serials(List<String> raw, String field) {
        List<String> serials = raw == null ? List.of() : raw;
        for (int i = 0; i < serials.size(); i++) {
            if (serials.get(i) == null) {
                throw new Bad(field + "[" + i + "]", "is null; every serial is a serial number");
            }
            if (serials.get(i).isBlank() || serials.get(i).strip().length() > 64) {
                throw new Bad(field + "[" + i + "]", "is a serial number of 1 to 64 characters");
            }
        }
        return serials;
    }

    private static Optional<Quantity> quantity(String raw, String field) {
        return raw == null ? Optional.empty()
                : Optional.of(Quantity.parse(field, raw).getOrElseThrow(e -> new Bad(StockError.of(e))));
    }

    private static Optional<Money> money(String raw, String field) {
        return raw == null ? Optional.empty()
                : Optional.of(Money.parse(field, raw, Money.CNY).getOrElseThrow(e -> new Bad(StockError.of(e))));
    }

    private static Optional<BigDecimal> weight(String raw, String field) {
        try {
            return Optional.ofNullable(raw).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            throw new Bad(field, "is not a decimal number");
        }
    }

    private static LocalDate date(String raw, String field) {
        LocalDate date;
        try {
            date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new Bad(field, "is not a date (yyyy-MM-dd)");
        }
        if (!BusinessDates.isSupported(date)) {
            throw new Bad(field, BusinessDates.range());
        }
        return date;
    }

    private static LocalTime time(String raw) {
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw new Bad("time", "is not a time (HH:mm[:ss])");
        }
    }

    private static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new Bad(field, "is required");
        }
        return value;
    }

    /** The first malformed field. */
    private static final class Bad extends RuntimeException {
        private final transient StockError error;

        Bad(String field, String reason) {
            this(new StockError.Invalid(field, reason));
        }

        Bad(StockError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
