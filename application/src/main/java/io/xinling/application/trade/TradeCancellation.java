package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.application.inventory.InventoryDocumentUseCases;
import io.xinling.application.settlement.ReverseOpenItemUseCase;
import io.xinling.application.trade.port.TradeDocumentRepository;
import io.xinling.application.trade.port.TradePostings;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.settlement.SettlementItemId;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cancels a posted delivery, receipt or return inside the caller's transaction (作废, spec 2.13): refused while
 * a posted return refers to it; its open item is taken off the partner's account (refused once written off), its
 * inventory document cancelled (the stock ledger re-costs from it), and the order it fulfilled re-opened.
 */
final class TradeCancellation {

    private final TradeDocumentRepository documents;
    private final InventoryDocumentUseCases inventory;
    private final ReverseOpenItemUseCase openItems;
    private final TradePostings postings;
    private final Clock clock;
    private final OrderFulfilment orders;

    TradeCancellation(TradeDocumentRepository documents, InventoryDocumentUseCases inventory,
                      ReverseOpenItemUseCase openItems, TradePostings postings, Clock clock, OrderFulfilment orders) {
        this.documents = documents;
        this.inventory = inventory;
        this.openItems = openItems;
        this.postings = postings;
        this.clock = clock;
        this.orders = orders;
    }

    /**
     * Reverses every posting of {@code doc} (locked by the caller, status posted). Each step refuses before
     * anything is kept: a Left rolls back the whole transaction. Vouchers of trade documents, once generated,
     * are reversed here too (after the inventory cancel, before the document is marked).
     */
    Either<TradeDocumentError, Long> reversePosting(TenantId tenant, TradeDocument doc) {
        List<TradeDocument> returns = documents.postedReturnsOf(tenant, doc.id());
        if (!returns.isEmpty()) {
            return Either.left(new TradeDocumentError.ReturnedConflict(doc.id(), returns.get(0).id()));
        }
        return reverseOpenItem(tenant, doc)
                .flatMap(reversal -> inventory.cancel(tenant, doc.inventoryDocument().orElseThrow())
                        .<TradeDocumentError>mapLeft(TradeDocumentError::of)
                        .map(cancelled -> reversal))
                .flatMap(reversal -> reopenOrder(tenant, doc.draft()).map(ok -> {
                    documents.markCancelled(tenant, doc.id(), reversal, clock.instant());
                    return doc.id();
                }));
    }

    /** The counter item is dated like the reversing voucher (the document's date, or the earliest open period). */
    private Either<TradeDocumentError, Optional<Long>> reverseOpenItem(TenantId tenant, TradeDocument doc) {
        if (doc.openItem().isEmpty()) {
            return Either.right(Optional.empty());
        }
        return openItems.reverseOpenItem(tenant, new SettlementItemId(doc.openItem().get()),
                        postings.reversalDate(tenant, doc.draft().date()))
                .<TradeDocumentError>mapLeft(TradeDocumentError::of)
                .map(item -> Optional.of(item.id().value()));
    }

    /** Takes the document's quantities off the order lines it fulfilled and sets the order's status back. */
    private Either<TradeDocumentError, Boolean> reopenOrder(TenantId tenant, TradeDraft draft) {
        if (draft.order().isEmpty()) {
            return Either.right(true);
        }
        long id = draft.order().get();
        Optional<TradeDocument> order = documents.lock(tenant, id);
        if (order.isEmpty()) {
            return Either.left(new TradeDocumentError.NotFound("order", id));
        }
        List<TradeLine> ordered = order.get().draft().lines();
        var counted = orders.inOrderUnits(tenant, draft, id, ordered);
        if (counted.isLeft()) {
            return Either.left(counted.getLeft());
        }
        List<Quantity> after = new ArrayList<>(documents.fulfilled(tenant, id));
        for (int i = 0; i < draft.lines().size(); i++) {
            int no = draft.lines().get(i).orderLine().orElseThrow();
            documents.addFulfilled(tenant, id, no, counted.get().get(i).negate());
            after.set(no - 1, after.get(no - 1).minus(counted.get().get(i)));
        }
        boolean none = after.stream().allMatch(q -> q.signum() == 0);
        boolean complete = true;
        for (int i = 0; i < ordered.size(); i++) {
            complete &= after.get(i).compareTo(ordered.get(i).input().quantity()) >= 0;
        }
        TradeStatus partly = draft.kind() == TradeKind.SALES_DELIVERY ? TradeStatus.PARTIALLY_DELIVERED
                : TradeStatus.PARTIALLY_RECEIVED;
        documents.setStatus(tenant, id, complete ? TradeStatus.COMPLETED : none ? TradeStatus.APPROVED : partly);
        return Either.right(true);
    }
}
