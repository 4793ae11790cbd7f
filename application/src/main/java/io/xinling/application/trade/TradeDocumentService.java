package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.inventory.InventoryDocumentUseCases;
import io.xinling.application.partner.FindPartnersUseCase;
import io.xinling.application.port.Transactor;
import io.xinling.application.settlement.RecordOpenItemUseCase;
import io.xinling.application.trade.port.TradeDocumentRepository;
import io.xinling.application.trade.port.TradePostings;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates and posts purchase and sales documents. Posting is one transaction over three contexts: the
 * document row is locked, its amounts computed, and {@link TradePosting} saves and posts the inventory
 * document and records the open item; a refusal anywhere rolls all of it back.
 */
public final class TradeDocumentService implements TradeDocumentUseCases {

    private final Transactor transactor;
    private final TradeDocumentRepository documents;
    private final InventoryDocumentUseCases inventory;
    private final FindPartnersUseCase partners;
    private final TradePosting posting;
    private final OrderFulfilment orders;
    private final TradePostings postings;
    private final Clock clock;

    public TradeDocumentService(Transactor transactor, TradeDocumentRepository documents,
                                InventoryDocumentUseCases inventory, RecordOpenItemUseCase openItems,
                                FindPartnersUseCase partners, Clock clock) {
        this(transactor, documents, inventory, openItems, partners, clock, TradePostings.NONE);
    }

    /** As above, telling {@code postings} (the books) of every post inside its transaction. */
    public TradeDocumentService(Transactor transactor, TradeDocumentRepository documents,
                                InventoryDocumentUseCases inventory, RecordOpenItemUseCase openItems,
                                FindPartnersUseCase partners, Clock clock, TradePostings postings) {
        this.postings = postings;
        this.transactor = transactor;
        this.documents = documents;
        this.inventory = inventory;
        this.partners = partners;
        this.posting = new TradePosting(documents, inventory, openItems, clock);
        this.orders = new OrderFulfilment(documents);
        this.clock = clock;
    }

    @Override
    public Either<TradeDocumentError, TradeDocumentView> create(TradeDocumentCommands.Create c) {
        return TradeCommandParser.parse(c)
                .flatMap(draft -> draft.amounts().<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new).map(a -> draft))
                .flatMap(draft -> partnerFits(c.tenant(), draft))
                .flatMap(draft -> transactor.inTransaction(() -> delivery(c.tenant(), draft)
                        .flatMap(sale -> orders.fulfil(c.tenant(), draft, false))
                        .map(ok -> documents.create(c.tenant(), draft, clock.instant()))))
                .flatMap(id -> get(c.tenant(), c.kind(), id));
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
        return transactor.inTransaction(() -> documents.lock(tenant, id).filter(d -> d.draft().kind() == kind)
                        .<Either<TradeDocumentError, TradeDocument>>map(Either::right)
                        .orElseGet(() -> Either.left(new TradeDocumentError.NotFound(kind.wire(), id)))
                        .filterOrElse(d -> d.status() == TradeStatus.DRAFT,
                                d -> new TradeDocumentError.IllegalStatus(id, d.status().wire(), "posted"))
                        .filterOrElse(d -> !kind.isOrder(), d -> new TradeDocumentError.NotFound(kind.wire(), id))
                        .flatMap(doc -> orders.fulfil(tenant, doc.draft(), true).map(ok -> doc))
                        .flatMap(doc -> delivery(tenant, doc.draft()).flatMap(sale -> doc.draft().amounts()
                                .<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new)
                                .flatMap(amounts -> posting.post(tenant, doc, amounts, sale).flatMap(posted ->
                                        postings.posted(tenant, documents.find(tenant, id).orElseThrow(), amounts))))))
                .flatMap(posted -> get(tenant, kind, id));
    }

    /** The partner exists and has the role the document needs (customer for sales, supplier for purchases). */
    private Either<TradeDocumentError, TradeDraft> partnerFits(TenantId tenant, TradeDraft draft) {
        boolean sales = draft.kind().isSales();
        return partners.partner(tenant, draft.partner())
                .<TradeDocumentError>mapLeft(e -> new TradeDocumentError.Invalid("partnerId", e.message()))
                .filterOrElse(p -> sales ? p.isCustomer() : p.isSupplier(), p -> new TradeDocumentError.Invalid(
                        "partnerId", "partner " + p.id().value() + " is not a " + (sales ? "customer" : "supplier")))
                .map(p -> draft);
    }

    /** For a return: the inventory document of the posted delivery to the same customer, whose lines it names. */
    private Either<TradeDocumentError, Optional<Long>> delivery(TenantId tenant, TradeDraft draft) {
        if (draft.delivery().isEmpty()) {
            return Either.right(Optional.empty());
        }
        long id = draft.delivery().get();
        Optional<TradeDocument> found = documents.find(tenant, id)
                .filter(d -> d.draft().kind() == TradeKind.SALES_DELIVERY && d.status() == TradeStatus.POSTED);
        if (found.isEmpty()) {
            return Either.left(new TradeDocumentError.Invalid("deliveryId", "no posted sales delivery " + id));
        }
        TradeDraft sale = found.get().draft();
        if (!sale.partner().equals(draft.partner())) {
            return Either.left(new TradeDocumentError.PartnerMismatch(id, draft.partner().value()));
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            int line = draft.lines().get(i).deliveryLine().orElse(0);
            if (line > sale.lines().size() || sale.lines().get(line - 1).input().sku() != draft.lines().get(i).input().sku()) {
                return Either.left(new TradeDocumentError.Invalid("lines[" + i + "].deliveryLine",
                        "delivery " + id + " has no line " + line + " of this SKU"));
            }
        }
        return Either.right(found.get().inventoryDocument());
    }

    private Either<TradeDocumentError, TradeDocumentView> view(TenantId tenant, TradeDocument doc) {
        return doc.draft().amounts().<TradeDocumentError>mapLeft(TradeDocumentError.Refused::new)
                .flatMap(amounts -> lineCosts(tenant, doc).map(costs -> new TradeDocumentView(doc, amounts, costs,
                        doc.draft().kind().isOrder() ? documents.fulfilled(tenant, doc.id()) : List.of())));
    }

    private Either<TradeDocumentError, List<Money>> lineCosts(TenantId tenant, TradeDocument doc) {
        if (doc.inventoryDocument().isEmpty()) {
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
