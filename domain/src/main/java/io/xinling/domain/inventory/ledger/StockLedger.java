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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * <p>
 * Versions share their structure: the movements are a prefix of an append-only array ({@link Rows}), the
 * documents and cancellations persistent maps, so a post at the tail ({@link TailPosting}) and
 * {@link #withSetup} cost nothing in the size of the ledger; the index of keys, slots and movement ids is
 * built when first asked for and then extended by each appending version.
 */
public final class StockLedger {

    private final InventorySetup setup;
    private final Rows movements;
    private final Persistent.PMap<DocumentId, InventoryDocument> posted;
    private final Persistent.PSet<DocumentId> cancelled;
    /** Built when first asked for (or extended from the version this one appended to); see {@link RowIndex}. */
    private volatile RowIndex index;
    private volatile RowIndex.Ids ids;
    private List<io.xinling.domain.inventory.document.ScopeChange> scopeChanges;

    StockLedger(InventorySetup setup, List<StockMovement> movements, Map<DocumentId, InventoryDocument> posted,
                Set<DocumentId> cancelled) {
        this(setup, movements, posted, cancelled, null);
    }

    /** {@code scopeChanges}: those of {@code posted}, by date, when the caller knows them (else found when asked). */
    private StockLedger(InventorySetup setup, List<StockMovement> movements, Map<DocumentId, InventoryDocument> posted,
                        Set<DocumentId> cancelled, List<io.xinling.domain.inventory.document.ScopeChange> scopeChanges) {
        this(setup, Rows.of(movements), Persistent.map(posted), Persistent.set(cancelled), scopeChanges, null, null);
    }

    private StockLedger(InventorySetup setup, Rows movements, Persistent.PMap<DocumentId, InventoryDocument> posted,
                        Persistent.PSet<DocumentId> cancelled,
                        List<io.xinling.domain.inventory.document.ScopeChange> scopeChanges, RowIndex index,
                        RowIndex.Ids ids) {
        this.scopeChanges = scopeChanges;
        this.setup = java.util.Objects.requireNonNull(setup, "setup");
        this.movements = movements;
        this.posted = posted;
        this.cancelled = cancelled;
        this.index = index;
        this.ids = ids;
    }

    public static StockLedger empty(InventorySetup setup) {
        return new StockLedger(setup, List.of(), Map.of(), Set.of(), List.of());
    }

    /** Posts a document: checks it, costs its movements and re-costs everything after them. */
    public Either<InventoryError, PostingResult> post(InventoryDocument doc) {
        DocumentId id = doc.header().id();
        if (cancelled.contains(id)) {
            return Either.left(new InventoryError.AlreadyCancelled(id));
        }
        if (posted.containsKey(id)) {
            return Either.left(new InventoryError.AlreadyPosted(id));
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
        if (cancelled.contains(id)) {
            return Either.left(new InventoryError.AlreadyCancelled(id));
        }
        if (posted.containsKey(id)) {
            return Either.left(new InventoryError.AlreadyPosted(id));
        }
        return Lifecycle.post(this, part, whole);
    }

    /**
     * The ledger of the SKUs of several disjoint ledgers (no costing key, feed or document link spans two
     * of them): their movements merged in ordering-key order, their documents together.
     */
    public static StockLedger union(InventorySetup setup, List<StockLedger> parts) {
        if (parts.isEmpty()) {
            return empty(setup);
        }
        if (parts.size() == 1) {
            return parts.get(0).withSetup(setup);
        }
        List<StockMovement> rows = new ArrayList<>();
        for (StockLedger p : parts) {
            rows.addAll(p.movements);
        }
        rows.sort(Posting.ORDER);
        Persistent.PMap<DocumentId, InventoryDocument> docs = Persistent.mapUnion(parts.stream().map(p -> p.posted).toList());
        Map<DocumentId, Boolean> switches = new java.util.LinkedHashMap<>();
        parts.forEach(p -> p.scopeChanges().forEach(c -> switches.put(c.header().id(), true)));
        List<RowIndex> indexes = parts.stream().map(StockLedger::index).toList();
        return new StockLedger(setup, Rows.of(rows), docs, Persistent.setUnion(parts.stream().map(p -> p.cancelled).toList()),
                Scopes.kept(switches.keySet(), docs, null), RowIndex.union(indexes, positions(parts, rows)), null);
    }

    /**
     * Where each row of each part went in {@code merged}, the parts' rows sorted together: a merged row is the next
     * row of exactly one part, told by identity (the parts hold no row in common).
     */
    private static int[][] positions(List<StockLedger> parts, List<StockMovement> merged) {
        int k = parts.size();
        int[][] at = new int[k][];
        java.util.Iterator<?>[] rest = new java.util.Iterator<?>[k];
        Object[] next = new Object[k];
        int[] taken = new int[k];
        for (int p = 0; p < k; p++) {
            at[p] = new int[parts.get(p).movements.size()];
            rest[p] = parts.get(p).movements.iterator();
            next[p] = rest[p].hasNext() ? rest[p].next() : null;
        }
        for (int u = 0; u < merged.size(); u++) {
            StockMovement m = merged.get(u);
            int p = 0;
            while (next[p] != m) {
                p++;
            }
            at[p][taken[p]++] = u;
            next[p] = rest[p].hasNext() ? rest[p].next() : null;
        }
        return at;
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

    /**
     * {@link #slice}, where this ledger is {@code from} (the union {@code before} was part of) changed by
     * {@code changed}: when the change only appended rows and no scope change is involved (a post at the tail), the
     * part is {@code before} with its own rows appended and its index extended, at a cost in the size of the change
     * rather than of the ledger; otherwise the slice of the whole.
     */
    public StockLedger shareOf(Predicate<SkuId> inPart, StockLedger before, StockLedger from, DocumentId changed) {
        Optional<List<StockMovement>> appended = scopeChanges().isEmpty() && before.scopeChanges().isEmpty()
                ? appendedTo(from) : Optional.empty();
        if (appended.isEmpty()) {
            return slice(inPart, before, changed, true);
        }
        List<StockMovement> mine = appended.get().stream().filter(m -> inPart.test(m.spec().sku())).toList();
        Persistent.PMap<DocumentId, InventoryDocument> docs = before.posted.minus(changed);
        if (posted.containsKey(changed)) {
            docs = docs.plus(changed, posted.get(changed));
        }
        return before.appending(mine, docs, cancelled.contains(changed) ? before.cancelled.plus(changed) : before.cancelled,
                List.of());
    }

    /** Cancels a posted document: as if it had never been posted (invariant I-14). */
    public Either<InventoryError, PostingResult> cancel(DocumentId id) {
        return cancel(id, Optional.empty());
    }

    /**
     * As {@link #cancel(DocumentId)}; with {@code reversedOn}, a landed cost whose charge lies in a period closed since
     * (applied at its receipt, or landed at its own date before {@code reversedOn}) is reversed on that date instead
     * (spec 2.13 and 2.11): value-only movements of minus its share of each receipt line, {@code V −= X} while stock is
     * held, otherwise a (red) expense; the receipt keeps its amounts and the charge's own rows stay where they are.
     */
    public Either<InventoryError, PostingResult> cancel(DocumentId id, Optional<LocalDate> reversedOn) {
        if (cancelled.contains(id)) {
            return Either.left(new InventoryError.AlreadyCancelled(id));
        }
        if (!posted.containsKey(id)) {
            return Either.left(new InventoryError.UnknownDocument(id));
        }
        return Lifecycle.cancel(this, posted.get(id), reversedOn);
    }

    /** Replaces a posted document by a revised version with the same id (its date may move). */
    public Either<InventoryError, PostingResult> edit(InventoryDocument revised) {
        DocumentId id = revised.header().id();
        if (cancelled.contains(id)) {
            return Either.left(new InventoryError.AlreadyCancelled(id));
        }
        if (!posted.containsKey(id)) {
            return Either.left(new InventoryError.UnknownDocument(id));
        }
        return Lifecycle.edit(this, posted.get(id), revised);
    }

    /** The same ledger with new reference data (a closed period, a new SKU, a new warehouse). */
    public StockLedger withSetup(InventorySetup newSetup) {
        return new StockLedger(newSetup, movements, posted, cancelled, scopeChanges, index, ids);
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
        return ids().rows().get(id).map(movements::get).toJavaOptional();
    }

    /**
     * The movements of {@code wanted} this ledger holds, by id: through the movement ids' index when built, else by one
     * scan (a backdated post reads the 100,000 rows it re-costed so, where building the index took ten times as long).
     */
    public Map<MovementId, StockMovement> movements(java.util.Collection<MovementId> wanted) {
        Map<MovementId, StockMovement> out = new HashMap<>(wanted.size() * 4 / 3 + 1);
        if (ids != null || wanted.size() < 16) {
            wanted.forEach(id -> movement(id).ifPresent(m -> out.put(id, m)));
            return out;
        }
        Set<MovementId> look = new HashSet<>(wanted);
        for (StockMovement m : movements) {
            if (look.contains(m.id())) {
                out.put(m.id(), m);
            }
        }
        return out;
    }

    private RowIndex.Ids ids() {
        RowIndex.Ids at = ids;
        if (at == null) {
            at = RowIndex.Ids.of(movements);
            ids = at;
        }
        return at;
    }

    RowIndex index() {
        RowIndex i = index;
        if (i == null) {
            i = RowIndex.of(movements);
            index = i;
        }
        return i;
    }

    /** The balance of one costing key: after its last movement; empty when it never moved. */
    public Optional<KeyBalance> keyBalance(CostingKey key) {
        return index().keys.get(key).map(spot -> keyBalance(movements.get(spot.last()))).toJavaOptional();
    }

    /** The physical quantity of one slot after its last movement; empty when it never moved. */
    public Optional<SlotBalance> slotBalance(StockSlot slot) {
        return index().slots.get(slot).map(spot -> slotBalance(movements.get(spot.last()))).toJavaOptional();
    }

    /** The slots (every batch) of a SKU at a location that ever moved, in order of their first movement. */
    public List<StockSlot> slotsOf(io.xinling.domain.inventory.Location location, SkuId sku) {
        return index().places.get(new RowIndex.Place(location, sku)).map(io.vavr.collection.List::asJava)
                .getOrElse(List.of());
    }

    /** The balances of {@code keys} that moved, in the order of {@link #keyBalances()}. */
    List<KeyBalance> keyBalancesOf(java.util.Collection<CostingKey> keys) {
        RowIndex i = index();
        return keys.stream().distinct().flatMap(k -> i.keys.get(k).toJavaStream())
                .sorted(java.util.Comparator.comparingInt(RowIndex.Spot::first))
                .map(spot -> keyBalance(movements.get(spot.last()))).toList();
    }

    /** The balances of {@code slots} that moved, in the order of {@link #slotBalances()}. */
    List<SlotBalance> slotBalancesOf(java.util.Collection<StockSlot> slots) {
        RowIndex i = index();
        return slots.stream().distinct().flatMap(k -> i.slots.get(k).toJavaStream())
                .sorted(java.util.Comparator.comparingInt(RowIndex.Spot::first))
                .map(spot -> slotBalance(movements.get(spot.last()))).toList();
    }

    private static KeyBalance keyBalance(StockMovement m) {
        return new KeyBalance(m.spec().key(), m.quantityAfter(), m.valueAfter());
    }

    private static SlotBalance slotBalance(StockMovement m) {
        return new SlotBalance(m.spec().slot(), m.slotQuantityAfter());
    }

    /**
     * The rows this ledger appended to {@code earlier}, when it is {@code earlier} with rows added at the end
     * (tail posts, known without comparing rows); empty when it may differ otherwise (then compare them).
     */
    public Optional<List<StockMovement>> appendedTo(StockLedger earlier) {
        return movements.extendsRows(earlier.movements)
                ? Optional.of(movements.subList(earlier.movements.size(), movements.size()))
                : Optional.empty();
    }

    /** A document's movements, in ledger order: through the movement ids' index when built, else by a scan. */
    public List<StockMovement> movementsOf(DocumentId document) {
        return ids == null ? movements.stream().filter(m -> m.id().document().equals(document)).toList()
                : indexedMovementsOf(document);
    }

    /** {@link #movementsOf}, building the index of movement ids first if need be (then extended by appending versions). */
    private List<StockMovement> indexedMovementsOf(DocumentId document) {
        int[] rows = ids().documents().get(document).getOrElse(io.vavr.collection.List.empty())
                .toJavaStream().mapToInt(Integer::intValue).sorted().toArray();
        List<StockMovement> out = new ArrayList<>(rows.length);
        for (int row : rows) {
            out.add(movements.get(row));
        }
        return out;
    }

    /**
     * A document's movements as {@link #union} of {@code parts} would give them, without building that union: from
     * each part (the ledgers of the SKU groups it moved), in ledger order. The parts are the groups' kept ledgers: each
     * finds them through its index of movement ids, built on the first call and extended by each appending version.
     */
    public static List<StockMovement> movementsOf(List<StockLedger> parts, DocumentId document) {
        List<StockMovement> out = new ArrayList<>();
        parts.forEach(p -> out.addAll(p.indexedMovementsOf(document)));
        out.sort(Posting.ORDER);
        return out;
    }

    public Optional<InventoryDocument> document(DocumentId id) {
        return Optional.ofNullable(posted.get(id));
    }

    /**
     * The posted documents (drafts never reach the ledger; cancelled ones leave it, except a landed cost applied at its
     * receipt and reversed in a later period, whose share the receipt keeps: it is also {@link #isCancelled cancelled}).
     */
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

    /**
     * The landed costs applied at {@code receipt}, by sequence: those posted there, and those reversed in a later period
     * since (their reversal rows take their share out where they are; the receipt keeps it, spec 2.13).
     */
    List<LandedCost> landedCostsOn(DocumentId receipt) {
        return posted.values().stream().filter(LandedCost.class::isInstance).map(LandedCost.class::cast)
                .filter(l -> l.receipt().equals(receipt))
                .filter(l -> !l.atOwnDate() && (cancelled.contains(l.header().id()) || movementsOf(l.header().id()).isEmpty()))
                .sorted(Comparator.comparing(l -> l.header().seq()))
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
        last.forEach((k, m) -> out.add(keyBalance(m)));
        return out;
    }

    /** The physical quantity of every location, SKU and batch that ever moved. */
    public List<SlotBalance> slotBalances() {
        Map<StockSlot, StockMovement> last = new LinkedHashMap<>();
        movements.forEach(m -> last.put(m.spec().slot(), m));
        List<SlotBalance> out = new ArrayList<>();
        last.forEach((s, m) -> out.add(slotBalance(m)));
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

    /** A change of this ledger: {@code change}'s rows (appended to these when it only appended), the documents. */
    StockLedger with(Posting.Change change, Map<DocumentId, InventoryDocument> docs, Set<DocumentId> gone,
                     io.xinling.domain.inventory.document.ScopeChange added) {
        if (change.appended() == null) {
            return with(change.rows(), docs, gone, added);
        }
        return appending(change.appended(), Persistent.map(docs), Persistent.set(gone),
                Scopes.kept(scopeChanges().stream().map(c -> c.header().id()).toList(), docs, added));
    }

    /** This ledger with {@code rows} appended (its index extended when built), and these documents and scope changes. */
    private StockLedger appending(List<StockMovement> rows, Persistent.PMap<DocumentId, InventoryDocument> docs,
                                  Persistent.PSet<DocumentId> gone,
                                  List<io.xinling.domain.inventory.document.ScopeChange> changes) {
        RowIndex i = index;
        RowIndex.Ids at = ids;
        return new StockLedger(setup, movements.append(rows), docs, gone, changes,
                i == null ? null : i.plus(rows, movements.size()), at == null ? null : at.plus(rows, movements.size()));
    }

    StockLedger with(Posting.Change change, Map<DocumentId, InventoryDocument> docs, Set<DocumentId> gone) {
        return with(change, docs, gone, null);
    }

    static <K, V> Map<K, V> plus(Map<K, V> map, K key, V value) {
        if (map instanceof Persistent.PMap<K, V> p) {
            return p.plus(key, value);
        }
        Map<K, V> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    static <K, V> Map<K, V> minus(Map<K, V> map, K key) {
        if (map instanceof Persistent.PMap<K, V> p) {
            return p.minus(key);
        }
        Map<K, V> copy = new HashMap<>(map);
        copy.remove(key);
        return copy;
    }

    static <T> Set<T> plus(Set<T> set, T item) {
        if (set instanceof Persistent.PSet<T> p) {
            return p.plus(item);
        }
        Set<T> copy = new HashSet<>(set);
        copy.add(item);
        return copy;
    }
}
