package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.LandedCost;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.ScopeChange;
import io.xinling.domain.inventory.document.TransferReceipt;

import java.time.LocalDate;
import java.time.YearMonth;
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
        if (doc instanceof ScopeChange c) {
            return postChange(ledger, c, (ScopeChange) recorded);
        }
        return open(ledger, doc.header().date())
                .flatMap(ok -> batchDates(ledger, doc))
                .flatMap(ok -> explode(ledger, doc))
                .flatMap(specs -> carried(ledger, doc, specs))
                .flatMap(x -> Posting.apply(ledger, Set.of(), x.specs(), false, x.carried())
                        .map(change -> result(ledger.with(change,
                                x.record(StockLedger.plus(ledger.posted(), doc.header().id(), recorded)),
                                ledger.cancelled()), doc, change)));
    }

    /** A document's legs plus the legs of the lines it adds to scope changes after its date. */
    private record Carried(List<MovementSpec> specs, Set<MovementId> carried, List<ScopeChange> changes) {
        Map<DocumentId, InventoryDocument> record(Map<DocumentId, InventoryDocument> docs) {
            if (changes.isEmpty()) {
                return docs;
            }
            Map<DocumentId, InventoryDocument> out = new HashMap<>(docs);
            changes.forEach(c -> out.put(c.header().id(), c));
            return out;
        }
    }

    /**
     * When a document moves stock before a scope change in a (SKU, warehouse) the change does not carry yet,
     * the change gains a line (spec 2.1: every old key's stock opens on the new keys), whose legs post with
     * the document; they are re-costed rows of the change, not the document's own.
     */
    private static Either<InventoryError, Carried> carried(StockLedger ledger, InventoryDocument doc,
                                                           List<MovementSpec> specs) {
        List<ScopeChange> changes = ledger.scopeChanges();
        if (changes.isEmpty()) {
            return Either.right(new Carried(specs, Set.of(), List.of()));
        }
        List<io.xinling.domain.inventory.StockSlot> slots = specs.stream().map(MovementSpec::slot).toList();
        List<MovementSpec> all = new java.util.ArrayList<>(specs);
        Set<MovementId> carried = new java.util.HashSet<>();
        List<ScopeChange> grown = new java.util.ArrayList<>();
        for (ScopeChange c : changes) {
            var more = Scopes.extended(ledger.setup(), c, doc.header().date(), slots);
            if (more.isEmpty()) {
                continue;
            }
            int known = c.lines().stream().mapToInt(ScopeChange.Line::line).max().orElse(0);
            ScopeChange added = new ScopeChange(c.header(), c.from(), c.to(), more.get().lines().stream()
                    .filter(l -> l.line() > known).toList());
            var legs = new Explosion(ledger.setup(), ledger).explode(added, List.of());
            if (legs.isLeft()) {
                return Either.left(legs.getLeft());
            }
            legs.get().forEach(s -> {
                all.add(s);
                carried.add(s.id());
            });
            grown.add(more.get());
        }
        return Either.right(new Carried(all, carried, grown));
    }

    /**
     * Posts a scope change: only at a date after every movement and every other change, continuing the scope
     * in force before it (on a ledger with neither movements nor changes, any scope: nothing was costed yet).
     * A change with no lines (no stock moved before it) only records the new scope.
     */
    private static Either<InventoryError, PostingResult> postChange(StockLedger ledger, ScopeChange doc,
                                                                    ScopeChange recorded) {
        LocalDate date = doc.header().date();
        if (!ledger.setup().periods().isOpen(date)) {
            return Either.left(new InventoryError.DateInClosedPeriod(date));
        }
        for (ScopeChange c : ledger.scopeChanges()) {
            if (!c.header().date().isBefore(date)) {
                return Either.left(new InventoryError.ScopeSwitchRefused(date, "the scope already switches on "
                        + c.header().date()));
            }
        }
        for (StockMovement m : ledger.movements()) {
            if (!m.spec().ordering().date().isBefore(date)) {
                return Either.left(new InventoryError.ScopeSwitchRefused(date, "stock has moved on "
                        + m.spec().ordering().date() + " (document " + m.id().document() + "), on or after the switch"));
            }
        }
        boolean unrelated = ledger.scopeChanges().isEmpty() && ledger.movements().isEmpty();
        if (!unrelated && Scopes.on(ledger, date.minusDays(1)) != doc.from()) {
            return Either.left(new InventoryError.ScopeSwitchRefused(date, "the scope in force before it is not "
                    + doc.from()));
        }
        Map<DocumentId, InventoryDocument> docs = StockLedger.plus(ledger.posted(), doc.header().id(), recorded);
        if (doc.lines().isEmpty()) {
            return Either.right(new PostingResult(ledger.with(ledger.movements(), docs, ledger.cancelled(), recorded),
                    List.of(), List.of(), List.of(), List.of()));
        }
        return new Explosion(ledger.setup(), ledger).explode(doc, List.of())
                .flatMap(specs -> Posting.apply(ledger, Set.of(), specs, false))
                .map(change -> result(ledger.with(change, docs, ledger.cancelled(), recorded), doc, change));
    }

    static Either<InventoryError, PostingResult> cancel(StockLedger ledger, InventoryDocument doc) {
        return cancel(ledger, doc, Optional.empty());
    }

    static Either<InventoryError, PostingResult> cancel(StockLedger ledger, InventoryDocument doc,
                                                       Optional<LocalDate> reversedOn) {
        DocumentId id = doc.header().id();
        Optional<DocumentId> dependant = dependantOf(ledger, id);
        if (dependant.isPresent()) {
            return Either.left(new InventoryError.HasDependants(id, dependant.get()));
        }
        if (doc instanceof LandedCost lc && reversedOn.isPresent() && reversedLater(ledger, lc, reversedOn.get())) {
            return open(ledger, reversedOn.get()).flatMap(ok -> LandedCosts.reverse(ledger, lc, reversedOn.get()));
        }
        if (doc instanceof LandedCost lc) {
            return open(ledger, lc.header().date()).flatMap(ok -> LandedCosts.cancel(ledger, lc));
        }
        if (doc instanceof ScopeChange c) {
            return Either.left(new InventoryError.ScopeSwitchRefused(c.header().date(),
                    "a scope switch is not cancelled; switch back at a later period instead"));
        }
        Map<DocumentId, InventoryDocument> docs = StockLedger.minus(ledger.posted(), id);
        return open(ledger, doc.header().date())
                .flatMap(ok -> Posting.apply(ledger, idsOf(ledger, id), List.of(), false))
                .map(change -> result(ledger.with(change, docs, StockLedger.plus(ledger.cancelled(), id)),
                        doc, change));
    }

    /**
     * Whether a landed cost's cancel reverses it on {@code on} rather than removing it: a charge applied at its receipt
     * (no rows of its own), or one that landed at its own date, before {@code on}.
     */
    private static boolean reversedLater(StockLedger ledger, LandedCost lc, LocalDate on) {
        List<StockMovement> own = ledger.movementsOf(lc.header().id());
        return own.isEmpty() ? !lc.atOwnDate()
                : lc.atOwnDate() && own.stream().allMatch(m -> m.spec().ordering().date().isBefore(on));
    }

    /**
     * An edit replaces the document's movements where they are. A landed cost whose charge lies in a closed period (at
     * its receipt, or at its own date) is therefore not edited (spec 2.12, I-20): it is cancelled, its reversal landing
     * in the earliest open period, and a new one posted.
     */
    static Either<InventoryError, PostingResult> edit(StockLedger ledger, InventoryDocument old,
                                                     InventoryDocument revised) {
        if (old instanceof LandedCost lc) {
            Optional<LocalDate> closed = chargedOn(ledger, lc).filter(d -> !ledger.setup().periods().isOpen(d));
            if (closed.isPresent()) {
                return Either.left(new InventoryError.LandedCostClosed(lc.header().id(), YearMonth.from(closed.get())));
            }
        }
        if (old instanceof LandedCost || revised instanceof LandedCost) {
            return cancel(ledger, old).flatMap(r -> post(r.ledger(), revised));
        }
        if (old instanceof ScopeChange || revised instanceof ScopeChange) {
            return Either.left(new InventoryError.ScopeSwitchRefused(old.header().date(), "a scope switch is not edited"));
        }
        return open(ledger, old.header().date())
                .flatMap(ok -> open(ledger, revised.header().date()))
                .flatMap(ok -> explode(ledger, revised))
                .flatMap(specs -> carried(ledger, revised, specs))
                .flatMap(x -> Posting.apply(ledger, idsOf(ledger, old.header().id()), x.specs(), false, x.carried())
                        .map(change -> result(ledger.with(change,
                                x.record(StockLedger.plus(ledger.posted(), revised.header().id(), revised)),
                                ledger.cancelled()), revised, change)));
    }

    /** Where a posted landed cost's charge lies: its own date when it landed there, else its receipt's date. */
    private static Optional<LocalDate> chargedOn(StockLedger ledger, LandedCost lc) {
        if (!ledger.movementsOf(lc.header().id()).isEmpty()) {
            return Optional.of(lc.header().date());
        }
        return ledger.document(lc.receipt()).map(r -> r.header().date());
    }

    /** A receipt names each batch with the dates it was first received with, or none. */
    private static Either<InventoryError, Boolean> batchDates(StockLedger ledger, InventoryDocument doc) {
        if (!(doc instanceof Receipt r) || r.lines().stream().allMatch(l -> l.stock().batch().isEmpty())) {
            return Either.right(true);
        }
        BatchDates batches = new BatchDates(ledger);
        for (var l : r.lines()) {
            Optional<InventoryError> conflict = batches.conflictWith(l.stock());
            if (conflict.isPresent()) {
                return Either.left(conflict.get());
            }
        }
        return Either.right(true);
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
        DocumentId id = doc.header().id();
        List<StockMovement> own = change.appended() != null
                ? change.appended().stream().filter(m -> m.id().document().equals(id)).toList()
                : next.movementsOf(id);
        return new PostingResult(next, own, change.deltas(),
                next.keyBalancesOf(own.stream().map(m -> m.spec().key()).toList()),
                next.slotBalancesOf(own.stream().map(m -> m.spec().slot()).toList()));
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
