package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.LandedCost;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The stock ledger of one tenant: an immutable value holding the posted documents and their costed
 * movements in ordering-key order. {@link #post}, {@link #cancel} and {@link #edit} return a new
 * ledger with the document's movements, the cost deltas of every other movement the change re-costed
 * (spec 2.12, 2.13), and the touched balances. Balances are always derived from the movements.
 */
public final class StockLedger {

    private final InventorySetup setup;
    private final List<StockMovement> movements;
    private final Map<DocumentId, InventoryDocument> posted;
    private final Set<DocumentId> cancelled;
    private final Map<MovementId, StockMovement> index = new HashMap<>();
    private List<io.xinling.domain.inventory.document.ScopeChange> scopeChanges;

    StockLedger(InventorySetup setup, List<StockMovement> movements, Map<DocumentId, InventoryDocument> posted,
                Set<DocumentId> cancelled) {
        this(setup, movements, posted, cancelled, null);
    }

    /** {@code scopeChanges}: those of {@code posted}, by date, when the caller knows them (else found when asked). */
    private StockLedger(InventorySetup setup, List<StockMovement> movements, Map<DocumentId, InventoryDocument> posted,
                        Set<DocumentId> cancelled, List<io.xinling.domain.inventory.document.ScopeChange> scopeChanges) {
        this.scopeChanges = scopeChanges;
        this.setup = setup;
        this.movements = List.copyOf(movements);
        this.posted = Map.copyOf(posted);
        this.cancelled = Set.copyOf(cancelled);
        this.movements.forEach(m -> index.put(m.id(), m));
    }

    public static StockLedger empty(InventorySetup setup) {
        return new StockLedger(setup, List.of(), Map.of(), Set.of(), List.of());
    }

    /** Posts a document: checks it, costs its movements and re-costs everything after them. */
    public Either<InventoryError, PostingResult> post(InventoryDocument doc) {
        DocumentId id = doc.header().id();
        if (posted.containsKey(id)) {
            return Either.left(new InventoryError.AlreadyPosted(id));
        }
        if (cancelled.contains(id)) {
            return Either.left(new InventoryError.AlreadyCancelled(id));
        }
        return Lifecycle.post(this, doc);
    }

    /**
     * Posts the movements of {@code part}, a document restricted to some of its lines (same id, same line
     * numbers), and records {@code whole} as the posted document: how a ledger that holds only some SKUs
     * replays a document that also moved others. Costs are per costing key, so they equal a full post's.
     */
    public Either<InventoryError, PostingResult> postPart(InventoryDocument whole, InventoryDocument part) {
        if (!whole.header().equals(part.header())) {
            throw new IllegalArgumentException("a part must share its document's header");
        }
        DocumentId id = whole.header().id();
        if (posted.containsKey(id)) {
            return Either.left(new InventoryError.AlreadyPosted(id));
        }
        if (cancelled.contains(id)) {
            return Either.left(new InventoryError.AlreadyCancelled(id));
        }
        return Lifecycle.post(this, part, whole);
    }

    /**
     * The ledger of the SKUs of several disjoint ledgers (no costing key, feed or document link spans two
     * of them): their movements merged in ordering-key order, their documents together.
     */
    public static StockLedger union(InventorySetup setup, List<StockLedger> parts) {
        if (parts.size() == 1) {
            return parts.get(0).withSetup(setup);
        }
        List<StockMovement> rows = new ArrayList<>();
        Map<DocumentId, InventoryDocument> docs = new HashMap<>();
        Set<DocumentId> gone = new HashSet<>();
        for (StockLedger p : parts) {
            rows.addAll(p.movements);
            docs.putAll(p.posted);
            gone.addAll(p.cancelled);
        }
        rows.sort(Posting.ORDER);
        Map<DocumentId, Boolean> switches = new java.util.LinkedHashMap<>();
        parts.forEach(p -> p.scopeChanges().forEach(c -> switches.put(c.header().id(), true)));
        return new StockLedger(setup, rows, docs, gone, Scopes.kept(switches.keySet(), docs, null));
    }

    /**
     * This ledger's share of one part it was built from: the movements of the SKUs {@code inPart} accepts,
     * the documents {@code before} (that part's ledger before the change) held, and {@code changed} when it
     * touched the part: posted, or cancelled; and this ledger's scope changes (their lines as they are now).
     */
    public StockLedger slice(Predicate<SkuId> inPart, StockLedger before,
                             DocumentId changed, boolean touched) {
        List<StockMovement> rows = movements.stream().filter(m -> inPart.test(m.spec().sku())).toList();
        Map<DocumentId, InventoryDocument> docs = new HashMap<>(before.posted);
        Set<DocumentId> gone = new HashSet<>(before.cancelled);
        if (touched) {
            docs.remove(changed);
            if (posted.containsKey(changed)) {
                docs.put(changed, posted.get(changed));
            }
            if (cancelled.contains(changed)) {
                gone.add(changed);
            }
        }
        List<DocumentId> switches = new ArrayList<>(before.scopeChanges().stream().map(c -> c.header().id()).toList());
        scopeChanges().forEach(c -> {
            switches.add(c.header().id());
            docs.put(c.header().id(), c); // the latest lines: a post may have added some (every part holds them)
        });
        return new StockLedger(setup, rows, docs, gone, Scopes.kept(switches, docs, null));
    }

    /** Cancels a posted document: as if it had never been posted (invariant I-14). */
    public Either<InventoryError, PostingResult> cancel(DocumentId id) {
        if (cancelled.contains(id)) {
            return Either.left(new InventoryError.AlreadyCancelled(id));
        }
        if (!posted.containsKey(id)) {
            return Either.left(new InventoryError.UnknownDocument(id));
        }
        return Lifecycle.cancel(this, posted.get(id));
    }

    /** Replaces a posted document by a revised version with the same id (its date may move). */
    public Either<InventoryError, PostingResult> edit(InventoryDocument revised) {
        DocumentId id = revised.header().id();
        if (!posted.containsKey(id)) {
            return Either.left(new InventoryError.UnknownDocument(id));
        }
        return Lifecycle.edit(this, posted.get(id), revised);
    }

    /** The same ledger with new reference data (a closed period, a new SKU, a new warehouse). */
    public StockLedger withSetup(InventorySetup newSetup) {
        return new StockLedger(newSetup, movements, posted, cancelled, scopeChanges);
    }

    /** Re-costs every movement from empty state: the reference result the incremental path must equal. */
    public Either<InventoryError, StockLedger> replayed() {
        return Posting.apply(this, Set.of(), List.of(), true)
                .map(change -> new StockLedger(setup, change.rows(), posted, cancelled, scopeChanges));
    }

    public InventorySetup setup() {
        return setup;
    }

    public List<StockMovement> movements() {
        return movements;
    }

    public Optional<StockMovement> movement(MovementId id) {
        return Optional.ofNullable(index.get(id));
    }

    public List<StockMovement> movementsOf(DocumentId document) {
        return movements.stream().filter(m -> m.id().document().equals(document)).toList();
    }

    public Optional<InventoryDocument> document(DocumentId id) {
        return Optional.ofNullable(posted.get(id));
    }

    /** The posted documents (drafts never reach the ledger; cancelled ones leave it). */
    public java.util.Collection<InventoryDocument> documents() {
        return posted.values();
    }

    public boolean isCancelled(DocumentId id) {
        return cancelled.contains(id);
    }

    Map<DocumentId, InventoryDocument> posted() {
        return posted;
    }

    Set<DocumentId> cancelled() {
        return cancelled;
    }

    List<LandedCost> landedCostsOn(DocumentId receipt) {
        return posted.values().stream().filter(LandedCost.class::isInstance).map(LandedCost.class::cast)
                .filter(l -> l.receipt().equals(receipt)).sorted(java.util.Comparator.comparing(l -> l.header().seq()))
                .toList();
    }

    /** The costing-scope switches posted on this ledger, by date (spec 2.1). */
    public List<io.xinling.domain.inventory.document.ScopeChange> scopeChanges() {
        if (scopeChanges == null) {
            scopeChanges = Scopes.changes(this);
        }
        return scopeChanges;
    }

    /**
     * The same ledger recording {@code latest} as its scope change of that id: the lines other SKU groups have
     * added since this ledger was built (its movements here stay as they are).
     */
    public StockLedger withScopeChange(io.xinling.domain.inventory.document.ScopeChange latest) {
        Map<DocumentId, InventoryDocument> docs = plus(posted, latest.header().id(), latest);
        return new StockLedger(setup, movements, docs, cancelled,
                Scopes.kept(scopeChanges().stream().map(c -> c.header().id()).toList(), docs, latest));
    }

    /** Quantity and value of every costing key, after its last movement. */
    public List<KeyBalance> keyBalances() {
        Map<CostingKey, StockMovement> last = new LinkedHashMap<>();
        movements.forEach(m -> last.put(m.spec().key(), m));
        List<KeyBalance> out = new ArrayList<>();
        last.forEach((k, m) -> out.add(new KeyBalance(k, m.quantityAfter(), m.valueAfter())));
        return out;
    }

    /** The physical quantity of every location, SKU and batch that ever moved. */
    public List<SlotBalance> slotBalances() {
        Map<StockSlot, StockMovement> last = new LinkedHashMap<>();
        movements.forEach(m -> last.put(m.spec().slot(), m));
        List<SlotBalance> out = new ArrayList<>();
        last.forEach((s, m) -> out.add(new SlotBalance(s, m.slotQuantityAfter())));
        return out;
    }

    /** A change of this ledger that added no scope change but {@code added} (which may be null). */
    StockLedger with(List<StockMovement> rows, Map<DocumentId, InventoryDocument> docs, Set<DocumentId> gone,
                     io.xinling.domain.inventory.document.ScopeChange added) {
        return new StockLedger(setup, rows, docs, gone,
                Scopes.kept(scopeChanges().stream().map(c -> c.header().id()).toList(), docs, added));
    }

    StockLedger with(List<StockMovement> rows, Map<DocumentId, InventoryDocument> docs, Set<DocumentId> gone) {
        return with(rows, docs, gone, null);
    }

    static <K, V> Map<K, V> plus(Map<K, V> map, K key, V value) {
        Map<K, V> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    static <T> Set<T> plus(Set<T> set, T item) {
        Set<T> copy = new HashSet<>(set);
        copy.add(item);
        return copy;
    }
}
