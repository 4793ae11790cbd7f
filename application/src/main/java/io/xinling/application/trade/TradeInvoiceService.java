package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.inventory.InventoryDocumentUseCases;
import io.xinling.application.port.Transactor;
import io.xinling.application.settlement.RecordOpenItemUseCase;
import io.xinling.application.settlement.ReverseOpenItemUseCase;
import io.xinling.application.trade.port.TradeDocumentRepository;
import io.xinling.application.trade.port.TradeInvoiceRepository;
import io.xinling.application.trade.port.TradePostings;
import io.xinling.application.trade.port.TradeSettingsRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.trade.DocumentAmounts;
import io.xinling.domain.trade.InvoicedLine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Records and voids invoices under the document's row lock, keeping its invoiced amount in step; the supplier invoice
 * of an estimated receipt settles the estimate ({@link EstimateSettlements}).
 */
public final class TradeInvoiceService implements TradeInvoiceUseCases {

    private static final int NUMBER_LENGTH = 40;

    private final Transactor transactor;
    private final TradeDocumentRepository documents;
    private final TradeInvoiceRepository invoices;
    private final Clock clock;
    private final EstimateSettlements estimates;
    private final TradeSettingsRepository settings;

    /** Without the books and the stock ledger: invoices of estimated receipts are refused. */
    public TradeInvoiceService(Transactor transactor, TradeDocumentRepository documents, TradeInvoiceRepository invoices,
                               Clock clock) {
        this(transactor, documents, invoices, clock, null, null);
    }

    /** Settling estimated receipts through {@code inventory}, the partner's account and {@code postings} (the books). */
    public TradeInvoiceService(Transactor transactor, TradeDocumentRepository documents, TradeInvoiceRepository invoices,
                               Clock clock, InventoryDocumentUseCases inventory, RecordOpenItemUseCase openItems,
                               ReverseOpenItemUseCase reversals, TradePostings postings, TradeSettingsRepository settings) {
        this(transactor, documents, invoices, clock,
                new EstimateSettlements(invoices, inventory, openItems, reversals, postings, clock), settings);
    }

    private TradeInvoiceService(Transactor transactor, TradeDocumentRepository documents, TradeInvoiceRepository invoices,
                                Clock clock, EstimateSettlements estimates, TradeSettingsRepository settings) {
        this.transactor = transactor;
        this.documents = documents;
        this.invoices = invoices;
        this.clock = clock;
        this.estimates = estimates;
        this.settings = settings;
    }

    @Override
    public Either<TradeDocumentError, TradeInvoice> invoice(TenantId tenant, TradeKind kind, long id, String number,
                                                            String date, String amount) {
        return invoice(tenant, kind, id, number, date, amount, null);
    }

    @Override
    public Either<TradeDocumentError, TradeInvoice> invoice(TenantId tenant, TradeKind kind, long id, String number,
                                                            String date, String amount, List<InvoiceLine> lines) {
        String n = number == null ? "" : number.strip();
        if (n.isEmpty()) {
            return Either.left(new TradeDocumentError.Invalid("number", "is required"));
        }
        if (n.length() > NUMBER_LENGTH) {
            return Either.left(new TradeDocumentError.Invalid("number", "has more than " + NUMBER_LENGTH + " characters"));
        }
        if (date == null || date.isBlank()) {
            return Either.left(new TradeDocumentError.Invalid("date", "is required"));
        }
        LocalDate on;
        try {
            on = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return Either.left(new TradeDocumentError.Invalid("date", "is not a date (yyyy-MM-dd)"));
        }
        boolean settling = lines != null && !lines.isEmpty();
        return transactor.inTransaction(() -> posted(tenant, kind, id, "invoiced").flatMap(doc -> {
            if (settling || doc.draft().estimated()) {
                return settle(tenant, doc, n, on, amount, settling ? lines : List.of());
            }
            return recorded(tenant, kind, doc, n, on, amount);
        }));
    }

    /** An invoice that books nothing: for part or all of what is left to invoice. */
    private Either<TradeDocumentError, TradeInvoice> recorded(TenantId tenant, TradeKind kind, TradeDocument doc, String n,
                                                             LocalDate on, String amount) {
        long id = doc.id();
        return gross(doc).flatMap(gross -> {
            Money left = gross.minus(doc.invoiced());
            Either<TradeDocumentError, Money> asked = amount == null || amount.isBlank() ? Either.right(left)
                    : Money.parse("amount", amount.strip(), gross.currency()).mapLeft(TradeDocumentError::of);
            return asked.flatMap(a -> {
                if (!left.isPositive()) {
                    return Either.left(new TradeDocumentError.InvoicedInFull(id));
                }
                if (!a.isPositive()) {
                    return Either.left(new TradeDocumentError.Invalid("amount", "must be positive"));
                }
                if (a.compareTo(left) > 0) {
                    return Either.left(new TradeDocumentError.ExceedsInvoiceable(id, a.format(), left.format()));
                }
                boolean sales = kind.isSales();
                if (invoices.numberTaken(tenant, sales, doc.draft().partner(), n)) {
                    return Either.left(new TradeDocumentError.InvoiceNumberConflict(n));
                }
                long invoice = invoices.add(tenant, id, doc.draft().partner(), sales, n, on, a, clock.instant());
                invoices.setInvoiced(tenant, id, doc.invoiced().plus(a), gross);
                return Either.right(invoices.find(tenant, id, invoice).orElseThrow());
            });
        });
    }

    /**
     * The supplier invoice of a posted estimated receipt (到票): no amount (its lines make it), none of its lines settled
     * by a live invoice already (a receipt may be invoiced line by line),
     * dated on or after the receipt; its lines parsed, then the estimate settled.
     */
    private Either<TradeDocumentError, TradeInvoice> settle(TenantId tenant, TradeDocument doc, String number, LocalDate on,
                                                           String amount, List<InvoiceLine> lines) {
        if (!doc.draft().estimated()) {
            return Either.left(new TradeDocumentError.NotEstimated(doc.id()));
        }
        if (estimates == null) {
            return Either.left(new TradeDocumentError.Invalid("lines", "this service settles no estimated receipts"));
        }
        List<TradeInvoice> live = invoices.of(tenant, doc.id()).stream().filter(i -> !i.voided()).toList();
        if (live.stream().mapToInt(i -> i.lines().size()).sum() >= doc.draft().lines().size()) {
            TradeInvoice last = live.get(live.size() - 1);
            return Either.left(new TradeDocumentError.EstimateInvoiced(doc.id(), last.id(), last.number()));
        }
        if (lines.isEmpty()) {
            return Either.left(new TradeDocumentError.Invalid("lines", "the supplier invoice of an estimated receipt gives"
                    + " its lines (net or gross and tax rate per receipt line)"));
        }
        if (amount != null) {
            return Either.left(new TradeDocumentError.Invalid("amount", "the supplier invoice of an estimated receipt is"
                    + " the sum of its lines: send no amount"));
        }
        if (on.isBefore(doc.draft().date())) {
            return Either.left(new TradeDocumentError.Invalid("date", "is before the receipt's date " + doc.draft().date()));
        }
        if (invoices.numberTaken(tenant, false, doc.draft().partner(), number)) {
            return Either.left(new TradeDocumentError.InvoiceNumberConflict(number));
        }
        return InvoiceLineParser.parse(lines, doc.draft().lines().size(), settings.vatRates(tenant), on)
                .filterOrElse(parsed -> parsed.stream().anyMatch(l -> l.gross().isPositive()),
                        parsed -> new TradeDocumentError.Invalid("lines", "an invoice of 0.00 settles nothing"))
                .flatMap(parsed -> settledAlready(doc, live, parsed).<Either<TradeDocumentError, List<InvoicedLine>>>map(
                        Either::left).orElseGet(() -> Either.right(parsed)))
                .flatMap(parsed -> estimates.settle(tenant, doc, number, on, parsed));
    }

    /** The first line of {@code parsed} that a live invoice of the receipt settles already: a 409 naming that invoice. */
    private static Optional<TradeDocumentError> settledAlready(TradeDocument doc, List<TradeInvoice> live,
                                                              List<InvoicedLine> parsed) {
        for (InvoicedLine l : parsed) {
            for (TradeInvoice i : live) {
                if (i.lines().stream().anyMatch(c -> c.line() == l.line())) {
                    return Optional.of(new TradeDocumentError.EstimateLineInvoiced(doc.id(), l.line(), i.id(), i.number()));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Either<TradeDocumentError, TradeInvoice> voidInvoice(TenantId tenant, TradeKind kind, long id, long invoice) {
        return transactor.inTransaction(() -> locked(tenant, kind, id).flatMap(doc -> gross(doc).flatMap(gross ->
                invoices.find(tenant, id, invoice)
                        .<Either<TradeDocumentError, TradeInvoice>>map(Either::right)
                        .orElseGet(() -> Either.left(new TradeDocumentError.NotFound("invoice", invoice)))
                        .flatMap(found -> {
                            if (found.voided()) {
                                return Either.left(new TradeDocumentError.InvoiceAlreadyVoided(invoice));
                            }
                            if (doc.draft().estimated()) {
                                return estimates.voidSettlement(tenant, doc, found);
                            }
                            invoices.markVoided(tenant, invoice, clock.instant());
                            invoices.setInvoiced(tenant, id, doc.invoiced().minus(found.amount()), gross);
                            return Either.right(invoices.find(tenant, id, invoice).orElseThrow());
                        }))));
    }

    @Override
    public Either<TradeDocumentError, List<TradeInvoice>> invoices(TenantId tenant, TradeKind kind, long id) {
        return documents.find(tenant, id).filter(d -> d.draft().kind() == kind && kind.isPosting())
                .<Either<TradeDocumentError, List<TradeInvoice>>>map(d -> Either.right(invoices.of(tenant, id)))
                .orElseGet(() -> Either.left(new TradeDocumentError.NotFound(kind.wire(), id)));
    }

    private Either<TradeDocumentError, TradeDocument> posted(TenantId tenant, TradeKind kind, long id, String action) {
        return locked(tenant, kind, id).filterOrElse(d -> d.status() == TradeStatus.POSTED,
                d -> new TradeDocumentError.IllegalStatus(id, d.status().wire(), action));
    }

    private Either<TradeDocumentError, TradeDocument> locked(TenantId tenant, TradeKind kind, long id) {
        return documents.lock(tenant, id).filter(d -> d.draft().kind() == kind && kind.isPosting())
                .<Either<TradeDocumentError, TradeDocument>>map(Either::right)
                .orElseGet(() -> Either.left(new TradeDocumentError.NotFound(kind.wire(), id)));
    }

    private static Either<TradeDocumentError, Money> gross(TradeDocument doc) {
        return doc.draft().amounts().<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new).map(DocumentAmounts::gross);
    }
}
