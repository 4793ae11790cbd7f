package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.inventory.CatalogUseCases;
import io.xinling.application.inventory.InventorySettingsUseCases;
import io.xinling.application.inventory.InventoryDocumentUseCases;
import io.xinling.application.inventory.InventoryQueryUseCases;
import io.xinling.application.inventory.port.PeriodCalendar;
import io.xinling.application.partner.FindPartnersUseCase;
import io.xinling.application.port.Transactor;
import io.xinling.application.settlement.RecordOpenItemUseCase;
import io.xinling.application.settlement.ReverseOpenItemUseCase;
import io.xinling.application.trade.port.TradeDocumentRepository;
import io.xinling.application.trade.port.TradeInvoiceRepository;
import io.xinling.application.trade.port.TradeSettingsRepository;
import io.xinling.application.trade.port.TradePostings;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.trade.VatRate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates, updates, posts and cancels purchase and sales documents. Posting is one transaction over three
 * contexts: the document row is locked, checked again ({@link TradeChecks}), its amounts computed, and
 * {@link TradePosting} saves and posts the inventory document and records the open item; cancelling reverses
 * them in one transaction ({@link TradeCancellation#reversePosting}); a refusal anywhere rolls all of it back.
 */
public final class TradeDocumentService implements TradeDocumentUseCases {

    private static final int REMINDER_IDS = 50;

    private final Transactor transactor;
    private final TradeDocumentRepository documents;
    private final InventoryDocumentUseCases inventory;
    private final TradePosting posting;
    private final TradeCancellation cancellation;
    private final OrderFulfilment orders;
    private final TradeChecks checks;
    private final TradePostings postings;
    private final InventorySettingsUseCases settings;
    private final BatchPicker picker;
    private final Clock clock;
    private final StockShortages shortages;
    private final TradeSettingsRepository tradeSettings;
    private final TradeInvoiceRepository invoices;

    /**
     * Tells {@code postings} (the books) of every post and cancel inside its transaction; picks the batches of
     * delivery lines that name none from {@code stock} (first-expired-first-out, {@link BatchPicker}).
     */
    public TradeDocumentService(Transactor transactor, TradeDocumentRepository documents,
                                InventoryDocumentUseCases inventory, CatalogUseCases catalog,
                                RecordOpenItemUseCase openItems, ReverseOpenItemUseCase reversals,
                                FindPartnersUseCase partners, InventorySettingsUseCases settings, Clock clock,
                                TradePostings postings, InventoryQueryUseCases stock, TradeSettingsRepository tradeSettings,
                                PeriodCalendar periods, TradeInvoiceRepository invoices) {
        this.invoices = invoices;
        this.picker = new BatchPicker(catalog, stock);
        this.shortages = new StockShortages(catalog);
        this.settings = settings;
        this.postings = postings;
        this.transactor = transactor;
        this.documents = documents;
        this.inventory = inventory;
        this.posting = new TradePosting(documents, inventory, openItems, clock);
        this.orders = new OrderFulfilment(documents, catalog);
        this.cancellation = new TradeCancellation(documents, inventory, reversals, postings, clock, orders);
        this.checks = new TradeChecks(documents, partners, catalog, orders, settings, tradeSettings, periods, postings);
        this.tradeSettings = tradeSettings;
        this.clock = clock;
    }

    @Override
    public Either<TradeDocumentError, TradeDocumentView> create(TradeDocumentCommands.Create c) {
        return TradeCommandParser.parse(c)
                .flatMap(draft -> transactor.inTransaction(() -> checks.check(c.tenant(), draft, false)
                        .map(ok -> documents.create(c.tenant(), draft, clock.instant()))))
                .flatMap(id -> get(c.tenant(), c.kind(), id));
    }

    @Override
    public Either<TradeDocumentError, TradeDocumentView> update(long id, TradeDocumentCommands.Create c) {
        return TradeCommandParser.parse(c)
                .flatMap(draft -> transactor.inTransaction(() -> locked(c.tenant(), c.kind(), id)
                        .filterOrElse(d -> d.status() == TradeStatus.DRAFT,
                                d -> new TradeDocumentError.IllegalStatus(id, d.status().wire(), "updated"))
                        .flatMap(d -> checks.check(c.tenant(), draft, false))
                        .peek(ok -> documents.update(c.tenant(), id, draft))))
                .flatMap(ok -> get(c.tenant(), c.kind(), id));
    }

    @Override
    public Either<TradeDocumentError, TradeDocumentView> get(TenantId tenant, TradeKind kind, long id) {
        return documents.find(tenant, id).filter(d -> d.draft().kind() == kind)
                .<Either<TradeDocumentError, TradeDocument>>map(Either::right)
                .orElseGet(() -> Either.left(new TradeDocumentError.NotFound(kind.wire(), id)))
                .flatMap(doc -> view(tenant, doc));
    }

    @Override
    public Either<TradeDocumentError, TradeDocumentView> post(TenantId tenant, TradeKind kind, long id) {
        return transactor.inTransaction(() -> postLocked(tenant, locked(tenant, kind, id))
                .flatMap(posted -> view(tenant, posted)));
    }

    @Override
    public Either<TradeDocumentError, TradeDocumentView> createAndPost(TradeDocumentCommands.Create c) {
        if (!c.kind().isPosting()) {
            return Either.left(new TradeDocumentError.Invalid("post", "only deliveries, receipts and returns are posted"));
        }
        return TradeCommandParser.parse(c)
                .flatMap(draft -> transactor.inTransaction(() -> postLocked(c.tenant(),
                        Either.right(documents.createHeld(c.tenant(), draft, clock.instant())))
                        .flatMap(posted -> view(c.tenant(), posted))));
    }

    /** Posts a draft the caller's transaction holds (locked, or saved by it): checked again, then the postings. */
    private Either<TradeDocumentError, TradeDocument> postLocked(TenantId tenant,
                                                                 Either<TradeDocumentError, TradeDocument> held) {
        return held.flatMap(doc -> checkedAndPosted(tenant, doc)).mapLeft(error -> shortages.plain(tenant, error));
    }

    /** The document as posted, as its row now reads (what {@code markPosted} wrote is queued, not read back). */
    private Either<TradeDocumentError, TradeDocument> checkedAndPosted(TenantId tenant, TradeDocument held) {
        TradeKind kind = held.draft().kind();
        long id = held.id();
        return Either.<TradeDocumentError, TradeDocument>right(held)
                .filterOrElse(d -> d.status() == TradeStatus.DRAFT,
                        d -> new TradeDocumentError.IllegalStatus(id, d.status().wire(), "posted"))
                .filterOrElse(d -> !kind.isOrder(), d -> new TradeDocumentError.NotFound(kind.wire(), id))
                .flatMap(doc -> picked(tenant, doc))
                .flatMap(doc -> checks.check(tenant, doc.draft(), true).flatMap(sale ->
                        orders.fulfil(tenant, doc.draft(), true).flatMap(ok -> doc.draft().amounts()
                                .<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new)
                                .flatMap(amounts -> posting.post(tenant, doc, amounts, sale,
                                        postings.stockIncludesTax(tenant)).flatMap(posted ->
                                        postings.postedNew(tenant, posted, amounts).map(booked -> posted))))));
    }

    /** The document with its delivery lines' batches picked (saved so), or as it is when none needs picking. */
    private Either<TradeDocumentError, TradeDocument> picked(TenantId tenant, TradeDocument doc) {
        return picker.pick(tenant, doc.draft()).map(draft -> {
            if (draft == doc.draft()) {
                return doc;
            }
            documents.update(tenant, doc.id(), draft);
            return documents.find(tenant, doc.id()).orElseThrow();
        });
    }

    @Override
    public Either<TradeDocumentError, TradeDocumentView> cancel(TenantId tenant, TradeKind kind, long id) {
        return transactor.inTransaction(() -> locked(tenant, kind, id)
                        .filterOrElse(d -> kind.isPosting(), d -> new TradeDocumentError.NotFound(kind.wire(), id))
                        .filterOrElse(d -> d.status() == TradeStatus.DRAFT || d.status() == TradeStatus.POSTED,
                                d -> new TradeDocumentError.IllegalStatus(id, d.status().wire(), "cancelled"))
                        .filterOrElse(d -> d.invoiced().isZero(), d -> invoicedConflict(tenant, d))
                        .flatMap(doc -> {
                            if (doc.status() == TradeStatus.DRAFT) {
                                documents.setStatus(tenant, id, TradeStatus.CANCELLED);
                                return Either.right(id);
                            }
                            return cancellation.reversePosting(tenant, doc).flatMap(reversed -> doc.draft().amounts()
                                    .<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new)
                                    .flatMap(amounts -> postings.cancelled(tenant, documents.find(tenant, id).orElseThrow(),
                                            amounts)).map(cancelled -> id));
                        }))
                .flatMap(cancelled -> get(tenant, kind, id));
    }

    /** An estimated receipt names the invoice that settles it; any other document the amount it is invoiced for. */
    private TradeDocumentError invoicedConflict(TenantId tenant, TradeDocument d) {
        return invoices.of(tenant, d.id()).stream().filter(i -> !i.voided() && d.draft().estimated()).findFirst()
                .<TradeDocumentError>map(i -> new TradeDocumentError.EstimateInvoiced(d.id(), i.id(), i.number()))
                .orElseGet(() -> new TradeDocumentError.InvoicedConflict(d.id(), d.invoiced().format()));
    }

    @Override
    public TradePage<OpenEstimate> openEstimates(TenantId tenant, LocalDate through, int limit) {
        TradePage<TradeDocument> page = documents.openEstimates(tenant, through, limit);
        List<OpenEstimate> out = new ArrayList<>();
        int dropped = 0;
        for (TradeDocument d : page.items()) {
            Set<Integer> settled = new HashSet<>();
            invoices.of(tenant, d.id()).stream().filter(i -> !i.voided())
                    .forEach(i -> i.lines().forEach(l -> settled.add(l.line())));
            List<Integer> open = new ArrayList<>();
            for (int line = 1; line <= d.draft().lines().size(); line++) {
                if (!settled.contains(line) && !zeroEstimate(d, line)) {
                    open.add(line);
                }
            }
            if (open.isEmpty()) {
                dropped++;
            } else {
                out.add(new OpenEstimate(d, open));
            }
        }
        return new TradePage<>(out, page.total() - dropped, page.limit(), page.offset());
    }

    /**
     * A receipt line estimated at zero (a gift line, or one whose amount rounds or is discounted to nothing): there is
     * nothing to wait for, so it is no open estimate (an invoice may still settle it).
     */
    private static boolean zeroEstimate(TradeDocument d, int line) {
        return d.draft().amounts().map(a -> a.lines().get(line - 1).gross().isZero()).getOrElse(false);
    }

    @Override
    public TradePage<TradeDocumentView> list(TenantId tenant, TradeQuery query) {
        TradePage<TradeDocument> page = documents.list(tenant, query);
        List<TradeDocumentView> views = new ArrayList<>();
        for (TradeDocument doc : page.items()) {
            doc.draft().amounts().forEach(amounts -> views.add(new TradeDocumentView(doc, amounts, List.of(), List.of())));
        }
        return new TradePage<>(views, page.total(), page.limit(), page.offset());
    }

    @Override
    public TradeReminders reminders(TenantId tenant) {
        Set<TradeKind> orderKinds = EnumSet.of(TradeKind.SALES_ORDER, TradeKind.PURCHASE_ORDER);
        Set<TradeKind> posting = EnumSet.of(TradeKind.SALES_DELIVERY, TradeKind.PURCHASE_RECEIPT, TradeKind.SALES_RETURN,
                TradeKind.PURCHASE_RETURN);
        return new TradeReminders(
                documents.waiting(tenant, orderKinds, EnumSet.of(TradeStatus.DRAFT, TradeStatus.HELD), REMINDER_IDS),
                documents.waiting(tenant, EnumSet.of(TradeKind.SALES_ORDER),
                        EnumSet.of(TradeStatus.APPROVED, TradeStatus.PARTIALLY_DELIVERED), REMINDER_IDS),
                documents.waiting(tenant, EnumSet.of(TradeKind.PURCHASE_ORDER),
                        EnumSet.of(TradeStatus.APPROVED, TradeStatus.PARTIALLY_RECEIVED), REMINDER_IDS),
                documents.waiting(tenant, posting, EnumSet.of(TradeStatus.DRAFT), REMINDER_IDS),
                documents.toInvoice(tenant, posting, REMINDER_IDS));
    }

    @Override
    public TradeSettings settings(TenantId tenant) {
        return new TradeSettings(settings.settings(tenant).allowUnreferencedPurchaseReturn(),
                tradeSettings.unreferencedSalesReturnsAllowed(tenant).orElse(true));
    }

    @Override
    public TradeSettings changeSettings(TenantId tenant, Optional<Boolean> purchaseReturns, Optional<Boolean> salesReturns) {
        return transactor.<IllegalStateException, TradeSettings>inTransaction(() -> {
            purchaseReturns.ifPresent(allowed -> settings.update(new InventorySettingsUseCases.Update(tenant, null, null,
                    null, null, allowed)).getOrElseThrow(error -> new IllegalStateException(error.message())));
            salesReturns.ifPresent(allowed -> tradeSettings.saveUnreferencedSalesReturnsAllowed(tenant, allowed,
                    clock.instant()));
            return Either.right(settings(tenant));
        }).get();
    }

    @Override
    public List<VatRate> vatRates(TenantId tenant) {
        return transactor.<IllegalStateException, List<VatRate>>inTransaction(
                () -> Either.right(tradeSettings.vatRates(tenant))).get();
    }

    @Override
    public Either<TradeDocumentError, List<VatRate>> replaceVatRates(TenantId tenant, List<VatRate> rates) {
        if (rates.isEmpty()) {
            return Either.left(new TradeDocumentError.Invalid("rates", "at least one rate"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rates.size(); i++) {
            VatRate r = rates.get(i);
            if (!seen.add(r.rate() + "@" + r.validFrom())) {
                return Either.left(new TradeDocumentError.Invalid("rates[" + i + "]", r.rate() + " from "
                        + r.validFrom() + " comes twice"));
            }
        }
        return transactor.inTransaction(() -> {
            tradeSettings.replaceVatRates(tenant, rates);
            return Either.right(tradeSettings.vatRates(tenant));
        });
    }

    private Either<TradeDocumentError, TradeDocument> locked(TenantId tenant, TradeKind kind, long id) {
        return documents.lock(tenant, id).filter(d -> d.draft().kind() == kind)
                .<Either<TradeDocumentError, TradeDocument>>map(Either::right)
                .orElseGet(() -> Either.left(new TradeDocumentError.NotFound(kind.wire(), id)));
    }

    private Either<TradeDocumentError, TradeDocumentView> view(TenantId tenant, TradeDocument doc) {
        return doc.draft().amounts().<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new)
                .flatMap(amounts -> lineCosts(tenant, doc).map(costs -> new TradeDocumentView(doc, amounts, costs,
                        doc.draft().kind().isOrder() ? documents.fulfilled(tenant, doc.id()) : List.of())));
    }

    /** Line costs of a posted document; a cancelled one shows none (its movements are gone). */
    private Either<TradeDocumentError, List<Money>> lineCosts(TenantId tenant, TradeDocument doc) {
        if (doc.inventoryDocument().isEmpty() || doc.status() != TradeStatus.POSTED) {
            return Either.right(List.of());
        }
        return inventory.get(tenant, doc.inventoryDocument().get()).mapLeft(TradeDocumentError::of).map(stock -> {
            List<Money> costs = new ArrayList<>();
            for (int line = 1; line <= doc.draft().lines().size(); line++) {
                Money cost = Money.zero(Money.CNY);
                for (StockMovement m : stock.movements()) {
                    cost = m.id().line() == line ? cost.plus(m.amount()) : cost;
                }
                costs.add(cost.abs());
            }
            return costs;
        });
    }
}
