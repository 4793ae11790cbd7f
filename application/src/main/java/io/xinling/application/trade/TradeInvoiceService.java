package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.trade.port.TradeDocumentRepository;
import io.xinling.application.trade.port.TradeInvoiceRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.trade.DocumentAmounts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Records and voids invoices under the document's row lock, keeping its invoiced amount in step. */
public final class TradeInvoiceService implements TradeInvoiceUseCases {

    private static final int NUMBER_LENGTH = 40;

    private final Transactor transactor;
    private final TradeDocumentRepository documents;
    private final TradeInvoiceRepository invoices;
    private final Clock clock;

    public TradeInvoiceService(Transactor transactor, TradeDocumentRepository documents, TradeInvoiceRepository invoices,
                               Clock clock) {
        this.transactor = transactor;
        this.documents = documents;
        this.invoices = invoices;
        this.clock = clock;
    }

    @Override
    public Either<TradeDocumentError, TradeInvoice> invoice(TenantId tenant, TradeKind kind, long id, String number,
                                                            String date, String amount) {
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
        return transactor.inTransaction(() -> posted(tenant, kind, id, "invoiced").flatMap(doc -> gross(doc).flatMap(gross -> {
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
        })));
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
