package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.LandedCost;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.TransferReceipt;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Post, cancel and edit: period checks, dependants, explosion, then one {@link Posting}. */
final class Lifecycle {

    private Lifecycle() {
    }

    static Either<InventoryError, PostingResult> post(StockLedger ledger, InventoryDocument doc) {
        return post(ledger, doc, doc);
    }

    /** Posts the movements of {@code doc} and records {@code recorded} (the whole of which {@code doc} is part). */
    static Either<InventoryError, PostingResult> post(StockLedger ledger, InventoryDocument doc,
                                                      InventoryDocument recorded) {
        if (doc instanceof LandedCost lc) {
            return open(ledger, lc.header().date()).flatMap(ok -> LandedCosts.post(ledger, lc));
        }
        return open(ledger, doc.header().date())
                .flatMap(ok -> explode(ledger, doc))
                .flatMap(specs -> Posting.apply(ledger, Set.of(), specs, false))
                .map(change -> result(ledger.with(change.rows(),
                        StockLedger.plus(ledger.posted(), doc.header().id(), recorded), ledger.cancelled()), doc,
                        change));
    }

    static Either<InventoryError, PostingResult> cancel(StockLedger ledger, InventoryDocument doc) {
        DocumentId id = doc.header().id();
        Optional<DocumentId> dependant = dependantOf(ledger, id);
        if (dependant.isPresent()) {
            return Either.left(new InventoryError.HasDependants(id, dependant.get()));
        }
        if (doc instanceof LandedCost lc) {
            return open(ledger, lc.header().date()).flatMap(ok -> LandedCosts.cancel(ledger, lc));
        }
        Map<DocumentId, InventoryDocument> docs = new HashMap<>(ledger.posted());
        docs.remove(id);
        return open(ledger, doc.header().date())
                .flatMap(ok -> Posting.apply(ledger, idsOf(ledger, id), List.of(), false))
                .map(change -> result(ledger.with(change.rows(), docs, StockLedger.plus(ledger.cancelled(), id)),
                        doc, change));
    }

    static Either<InventoryError, PostingResult> edit(StockLedger ledger, InventoryDocument old,
                                                     InventoryDocument revised) {
        if (old instanceof LandedCost || revised instanceof LandedCost) {
            return cancel(ledger, old).flatMap(r -> post(r.ledger(), revised));
        }
        return open(ledger, old.header().date())
                .flatMap(ok -> open(ledger, revised.header().date()))
                .flatMap(ok -> explode(ledger, revised))
                .flatMap(specs -> Posting.apply(ledger, idsOf(ledger, old.header().id()), specs, false))
                .map(change -> result(ledger.with(change.rows(),
                        StockLedger.plus(ledger.posted(), revised.header().id(), revised), ledger.cancelled()),
                        revised, change));
    }

    static Either<InventoryError, List<MovementSpec>> explode(StockLedger ledger, InventoryDocument doc) {
        List<io.xinling.domain.kernel.Money> landed = doc instanceof Receipt r
                ? LandedCosts.sharesOn(ledger, r, ledger.landedCostsOn(r.header().id())) : List.of();
        return new Explosion(ledger.setup(), ledger).explode(doc, landed).flatMap(specs -> specs.isEmpty()
                ? Either.left(new InventoryError.EmptyDocument(doc.header().id()))
                : Either.right(specs));
    }

    static Either<InventoryError, Boolean> open(StockLedger ledger, LocalDate date) {
        return ledger.setup().periods().isOpen(date)
                ? Either.right(true)
                : Either.left(new InventoryError.DateInClosedPeriod(date));
    }

    static Set<MovementId> idsOf(StockLedger ledger, DocumentId id) {
        return ledger.movementsOf(id).stream().map(StockMovement::id).collect(Collectors.toSet());
    }

    static PostingResult result(StockLedger next, InventoryDocument doc, Posting.Change change) {
        List<StockMovement> own = next.movementsOf(doc.header().id());
        Set<Object> keys = own.stream().map(m -> (Object) m.spec().key()).collect(Collectors.toSet());
        Set<Object> slots = own.stream().map(m -> (Object) m.spec().slot()).collect(Collectors.toSet());
        return new PostingResult(next, own, change.deltas(),
                next.keyBalances().stream().filter(b -> keys.contains(b.key())).toList(),
                next.slotBalances().stream().filter(b -> slots.contains(b.slot())).toList());
    }

    /** A posted document that needs {@code id}: a referenced return, a transfer receipt, a landed cost. */
    private static Optional<DocumentId> dependantOf(StockLedger ledger, DocumentId id) {
        for (StockMovement m : ledger.movements()) {
            Optional<MovementId> feed = m.spec().feed();
            if (feed.isPresent() && feed.get().document().equals(id) && !m.id().document().equals(id)) {
                return Optional.of(m.id().document());
            }
        }
        for (InventoryDocument d : ledger.posted().values()) {
            if ((d instanceof TransferReceipt r && r.dispatch().equals(id))
                    || (d instanceof LandedCost l && l.receipt().equals(id))) {
                return Optional.of(d.header().id());
            }
        }
        return Optional.empty();
    }
}
