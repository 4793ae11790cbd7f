package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.application.inventory.port.DocumentRepository;
import io.xinling.application.inventory.port.InventoryPostings;
import io.xinling.application.inventory.port.LedgerStore;
import io.xinling.application.inventory.port.PeriodCalendar;
import io.xinling.application.partner.FindPartnersUseCase;
import io.xinling.application.port.Transactor;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.ScopeChange;
import io.xinling.domain.inventory.ledger.InventorySetup;
import io.xinling.domain.inventory.ledger.PostingResult;
import io.xinling.domain.inventory.ledger.ScopeSwitch;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.Partner;
import io.xinling.domain.partner.PartnerId;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Posts and cancels inventory documents, each in one transaction that first locks the head rows of the
 * SKU groups the document moves: two nodes posting on the same SKU at once are serialised there, so no
 * update is lost and stock that one of them took is never taken again by the other, while posts on
 * other SKUs go on in parallel. Assembly, disassembly and landed cost link their SKUs' costs, so they
 * join the groups they touch into one.
 */
public final class InventoryDocumentService implements InventoryDocumentUseCases, ScopeSwitcher {

    /** A document id no stored document has, for checking a draft against the ledger before saving it. */
    private static final long PROBE_ID = (1L << 39) - 1;
    /** Refusals that depend on the stock at posting time, not on the document itself. */
    private static final Set<String> STATEFUL = Set.of("inventory.insufficient-stock", "inventory.serial-not-in-stock",
            "inventory.return-exceeds-sale", "inventory.cost-unknown", "inventory.adjustment-not-allowed",
            "inventory.transfer-exceeds-dispatch", "inventory.unknown-document", "inventory.unknown-movement",
            "inventory.already-posted", "inventory.already-cancelled");

    /** Documents whose movements feed each other across SKUs: their SKUs' groups are joined. */
    private static final Set<DocumentKind> LINKING = Set.of(DocumentKind.ASSEMBLY, DocumentKind.DISASSEMBLY,
            DocumentKind.LANDED_COST);

    private final Transactor transactor;
    private final DocumentRepository documents;
    private final LedgerStore store;
    private final Ledgers ledgers;
    private final PeriodCalendar periods;
    private final LedgerWriter writer;
    private final Clock clock;
    private final InventoryPostings postings;
    private final PostingReport report;
    private final FindPartnersUseCase partners;

    public InventoryDocumentService(Transactor transactor, DocumentRepository documents, LedgerStore store,
                                    Ledgers ledgers, PeriodCalendar periods, Clock clock) {
        this(transactor, documents, store, ledgers, periods, clock, InventoryPostings.NONE);
    }

    /** As above, telling {@code postings} of every post and cancel inside its transaction (vouchers "on posting"). */
    public InventoryDocumentService(Transactor transactor, DocumentRepository documents, LedgerStore store,
                                    Ledgers ledgers, PeriodCalendar periods, Clock clock, InventoryPostings postings) {
        this(transactor, documents, store, ledgers, periods, clock, postings, null);
    }

    /**
     * As above; a landed cost that names a supplier (carrier) is refused unless {@code partners} knows it as a
     * supplier (without {@code partners}, any named supplier is refused).
     */
    public InventoryDocumentService(Transactor transactor, DocumentRepository documents, LedgerStore store,
                                    Ledgers ledgers, PeriodCalendar periods, Clock clock, InventoryPostings postings,
                                    FindPartnersUseCase partners) {
        this.partners = partners;
        this.postings = postings;
        this.report = new PostingReport(documents);
        this.transactor = transactor;
        this.documents = documents;
        this.store = store;
        this.ledgers = ledgers;
        this.periods = periods;
        this.writer = new LedgerWriter(store);
        this.clock = clock;
    }

    @Override
    public Either<StockError, DocumentView> create(DocumentCommands.Create command) {
        TenantId tenant = command.tenant();
        return DraftParser.parse(command)
                .flatMap(draft -> open(tenant, draft.date()).map(ok -> draft))
                .flatMap(draft -> supplierFits(tenant, draft).map(ok -> draft))
                .flatMap(draft -> References.check(tenant, draft, documents).map(ok -> draft))
                .map(draft -> BatchDefaults.apply(draft, () -> ledgers.current(tenant, skusOf(tenant, draft))))
                .flatMap(draft -> probe(tenant, draft).map(ok -> draft))
                .map(draft -> new DocumentView(documents.create(tenant, draft, clock.instant()), List.of()));
    }

    /** A named supplier is a partner of the tenant with the supplier role. */
    private Either<StockError, Boolean> supplierFits(TenantId tenant, DocumentDraft draft) {
        if (draft.supplier().isEmpty()) {
            return Either.right(true);
        }
        long id = draft.supplier().get();
        if (partners == null) {
            return Either.left(new StockError.Invalid("supplierId", "no partner " + id));
        }
        return partners.partner(tenant, new PartnerId(id))
                .<StockError>mapLeft(e -> new StockError.Invalid("supplierId", e.message()))
                .filterOrElse(Partner::isSupplier, p -> new StockError.Invalid("supplierId",
                        "partner " + id + " is not a supplier"))
                .map(p -> true);
    }

    @Override
    public Either<StockError, DocumentView> postOwned(DocumentCommands.Create command) {
        TenantId tenant = command.tenant();
        Supplier<Either<StockError, Outcome>> work = () -> DraftParser.parse(command)
                .flatMap(draft -> open(tenant, draft.date()).map(ok -> draft))
                .map(draft -> documents.create(tenant, draft.withFlag(DocumentFlag.TRADE_OWNED), clock.instant()))
                .flatMap(doc -> changed(tenant, doc, false));
        return committed(transactor.inProgress() ? work.get() : transactor.inTransaction(work));
    }

    @Override
    public Either<StockError, DocumentView> get(TenantId tenant, long id) {
        Object posted = transactor.kept().map(k -> k.get(new Posted(tenant, id))).orElse(null);
        if (posted instanceof DocumentView view) {
            return Either.right(view);
        }
        return find(tenant, id).map(doc -> new DocumentView(doc, doc.status() == DocumentStatus.POSTED
                ? ledgers.movementsOf(tenant, skusOf(tenant, doc.draft()), new DocumentId(id)) : List.of()));
    }

    @Override
    public Either<StockError, Page<DocumentSummary>> list(TenantId tenant, DocumentFilter filter, int limit, int offset) {
        if (filter.from().isPresent() && filter.to().isPresent() && filter.from().get().isAfter(filter.to().get())) {
            return Either.left(new StockError.Invalid("from", "is after to"));
        }
        return Either.right(documents.list(tenant, filter, limit, offset));
    }

    @Override
    public Either<StockError, DocumentView> post(TenantId tenant, long id) {
        return change(tenant, id, false);
    }

    @Override
    public Either<StockError, DocumentView> cancel(TenantId tenant, long id) {
        return change(tenant, id, true);
    }

    /**
     * Saves and posts a document in one transaction (保存并审核): what {@link #create} and then {@link #post} do, in one
     * request and one commit, except the trial against the ledger on saving, since the post refuses whatever that trial
     * would have. A refusal at either step leaves nothing saved.
     */
    @Override
    public Either<StockError, DocumentView> createAndPost(DocumentCommands.Create command) {
        TenantId tenant = command.tenant();
        return committed(transactor.inTransaction(() -> DraftParser.parse(command)
                .flatMap(draft -> open(tenant, draft.date()).map(ok -> draft))
                .flatMap(draft -> supplierFits(tenant, draft).map(ok -> draft))
                .flatMap(draft -> References.check(tenant, draft, documents).map(ok -> draft))
                .map(draft -> BatchDefaults.apply(draft, () -> ledgers.current(tenant, skusOf(tenant, draft))))
                .map(draft -> documents.create(tenant, draft, clock.instant()))
                .flatMap(doc -> changed(tenant, doc, false))));
    }

    private Either<StockError, DocumentView> change(TenantId tenant, long id, boolean cancel) {
        // The document's row is locked first: a concurrent post or cancel of it waits here, then sees its outcome.
        return committed(transactor.inTransaction(() -> documents.findForChange(tenant, id)
                .<Either<StockError, StoredDocument>>map(Either::right)
                .orElseGet(() -> Either.left(notFound(id)))
                .flatMap(doc -> allowed(doc, cancel))
                .flatMap(doc -> changed(tenant, doc, cancel))));
    }

    /** Posts or cancels {@code doc}, whose row the caller's transaction holds. */
    private Either<StockError, Outcome> changed(TenantId tenant, StoredDocument stored, boolean cancel) {
        return Either.<StockError, StoredDocument>right(stored)
                .flatMap(doc -> cancel ? Either.right(doc) : References.posted(tenant, doc.draft(), documents).map(ok -> doc))
                .flatMap(doc -> cancel && reversedLate(tenant, doc) ? Either.right(reversal(tenant, doc))
                        : open(tenant, doc.draft().date()).map(ok -> doc))
                .map(doc -> cancel ? doc : chargedAtOwnDate(tenant, doc))
                .flatMap(doc -> {
                    Set<Long> skus = skusOf(tenant, doc.draft());
                    return apply(tenant, lock(tenant, skus), skus, doc, cancel);
                })
                .peek(o -> transactor.kept().ifPresent(k -> {
                    if (cancel) {
                        k.remove(new Posted(tenant, o.document().id()));
                    } else {
                        k.put(new Posted(tenant, o.document().id()), new DocumentView(o.document(), o.movements()));
                    }
                }));
    }

    /**
     * The key under which a transaction keeps a document it posted, with its movements, for {@link #get} in it (a trade
     * document's voucher reads them): the transaction holds the document's SKU groups to its end, so they stay so.
     */
    private record Posted(TenantId tenant, long id) {
    }

    /** The view of a committed change, once the ledgers it made are cached. */
    private static Either<StockError, DocumentView> committed(Either<StockError, Outcome> outcome) {
        return outcome.peek(o -> o.remember().run()).map(o -> new DocumentView(o.document(), o.movements()));
    }

    /**
     * A landed cost posted while its receipt's period is closed lands at its own date (spec 2.11): the document is
     * flagged so, in the posting's transaction, and every later replay costs it the same way whatever the periods
     * are then. Its own date was checked to be open.
     */
    private StoredDocument chargedAtOwnDate(TenantId tenant, StoredDocument doc) {
        DocumentDraft d = doc.draft();
        if (d.kind() != DocumentKind.LANDED_COST || d.has(DocumentFlag.CHARGE_AT_OWN_DATE)) {
            return doc;
        }
        boolean closed = d.reference().flatMap(r -> documents.header(tenant, r))
                .map(r -> periods.isClosed(tenant, r.draft().date())).orElse(false);
        if (!closed) {
            return doc;
        }
        DocumentDraft flagged = d.withFlag(DocumentFlag.CHARGE_AT_OWN_DATE);
        documents.setFlags(tenant, doc.id(), flagged.flags());
        return new StoredDocument(doc.id(), doc.number(), doc.status(), flagged);
    }

    /**
     * Whether cancelling {@code doc} reverses it late (spec 2.13, 2.11): a landed cost whose charge lies in a period
     * closed since, applied at its receipt (the receipt's period) or landed at its own date (its own period), so nothing
     * there changes.
     */
    private boolean reversedLate(TenantId tenant, StoredDocument doc) {
        DocumentDraft d = doc.draft();
        if (d.kind() != DocumentKind.LANDED_COST) {
            return false;
        }
        if (d.has(DocumentFlag.CHARGE_AT_OWN_DATE)) {
            return periods.isClosed(tenant, d.date());
        }
        return d.reference().flatMap(r -> documents.header(tenant, r))
                .map(r -> periods.isClosed(tenant, r.draft().date())).orElse(false);
    }

    /**
     * The late reversal's date, recorded on the document in the cancel's transaction so every replay reverses it
     * there: the landed cost's own date when it is open, otherwise the first day of the earliest open period after it.
     */
    private StoredDocument reversal(TenantId tenant, StoredDocument doc) {
        LocalDate on = doc.draft().date();
        while (periods.isClosed(tenant, on)) {
            on = on.withDayOfMonth(1).plusMonths(1);
        }
        documents.setReversedOn(tenant, doc.id(), on);
        return new StoredDocument(doc.id(), doc.number(), doc.status(), doc.draft().withReversal(on));
    }

    /** What a committed change leaves: how to cache the ledgers it made, and the document's movements. */
    private record Outcome(Runnable remember, StoredDocument document, List<StockMovement> movements) {
    }

    /**
     * Locks the groups of {@code skus} in ascending order and returns them with their versions, with an event number
     * taken once they are all held. A group merged away meanwhile leaves its SKUs in a new group, which is locked too.
     */
    private Locks lock(TenantId tenant, Set<Long> skus) {
        if (skus.isEmpty()) {
            return new Locks(Map.of(), store.nextEvent());
        }
        Map<Long, Long> locked = new TreeMap<>();
        LedgerStore.Locked now = store.lockGroupsOf(tenant, skus);
        while (true) {
            locked.putAll(now.versions());
            SortedSet<Long> fresh = new TreeSet<>(now.groups().values());
            fresh.removeAll(locked.keySet());
            if (fresh.isEmpty()) {
                Map<Long, Long> current = new TreeMap<>();
                new HashSet<>(now.groups().values()).forEach(g -> current.put(g, locked.get(g)));
                return new Locks(current, now.event());
            }
            now = store.lockGroups(tenant, fresh, skus);
        }
    }

    /** The SKU groups a change holds, with their versions, and its event number. */
    private record Locks(Map<Long, Long> versions, long event) {
    }

    /** The SKUs a document moves: its lines', and for a landed cost those of its receipt. */
    private Set<Long> skusOf(TenantId tenant, DocumentDraft draft) {
        Set<Long> skus = new TreeSet<>();
        draft.lines().forEach(l -> skus.add(l.sku()));
        if (draft.kind() == DocumentKind.LANDED_COST) {
            draft.reference().flatMap(r -> documents.find(tenant, r))
                    .ifPresent(r -> r.draft().lines().forEach(l -> skus.add(l.sku())));
        }
        return skus;
    }

    private Either<StockError, Outcome> apply(TenantId tenant, Locks held, Set<Long> skus, StoredDocument doc,
                                              boolean cancel) {
        Map<Long, Long> locks = held.versions();
        Ledgers.Setup read = ledgers.setup(tenant, locks.keySet(), skus);
        var settings = read.settings();
        InventorySetup setup = read.setup();
        Map<Long, StockLedger> parts = joinSwitches(tenant, locks, ledgers.locked(tenant, locks, setup));
        StockLedger union = StockLedger.union(setup, List.copyOf(parts.values()));
        DocumentId docId = new DocumentId(doc.id());
        Either<StockError, PostingResult> first = change(union, doc, cancel);
        StockLedger[] at = {union};
        Either<StockError, PostingResult> result = first.flatMap(r -> carried(tenant, at, r, doc, cancel));
        StockLedger before = at[0];
        return result.flatMap(r -> {
            long event = held.event();
            writer.write(tenant, docId, before, r, cancel, clock.instant());
            saveCarried(tenant, before, r);
            if (cancel) {
                documents.markCancelled(tenant, doc.id(), event);
            } else {
                documents.markPosted(tenant, doc.id(), event, settings.number());
            }
            Runnable remember;
            if (parts.size() > 1 && LINKING.contains(doc.draft().kind())) {
                long merged = -event;
                store.lockGroup(tenant, merged);
                store.mergeGroups(tenant, merged, parts.keySet());
                store.recordEvent(tenant, List.of(merged), event, doc.id(), cancel);
                remember = () -> ledgers.rememberMerged(tenant, merged, r.ledger(), event);
            } else {
                store.recordEvent(tenant, parts.keySet(), event, doc.id(), cancel);
                remember = () -> ledgers.remember(tenant, parts, before, r.ledger(), docId, event);
            }
            return postings.publishNew(tenant, report.of(tenant, event, doc, before, r, cancel))
                    .map(p -> new Outcome(remember, new StoredDocument(doc.id(), doc.number(),
                            cancel ? DocumentStatus.CANCELLED : DocumentStatus.POSTED, doc.draft()), r.movements()));
        });
    }

    /**
     * A SKU group with no event yet (a SKU new since the last scope switch) first takes the tenant's scope
     * switches, recorded at the events that posted them (the same numbers every other group holds them at, so
     * merged groups hold each once): its ledger then costs documents dated before a switch under the scope of
     * their date and carries their stock across it, on this node and on any node replaying it.
     */
    private Map<Long, StockLedger> joinSwitches(TenantId tenant, Map<Long, Long> locks, Map<Long, StockLedger> parts) {
        List<Long> fresh = locks.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        if (fresh.isEmpty()) {
            return parts;
        }
        List<DocumentRepository.PostedSwitch> switches = documents.scopeSwitches(tenant);
        if (switches.isEmpty()) {
            return parts;
        }
        Map<Long, StockLedger> out = new TreeMap<>(parts);
        for (DocumentRepository.PostedSwitch s : switches) {
            StoredDocument stored = find(tenant, s.document()).get();
            ScopeChange whole = (ScopeChange) DocumentAssembler.assemble(s.document(), stored.draft()).get();
            for (long g : fresh) {
                Set<Long> members = g > 0 ? Set.of(g) : Set.copyOf(ledgers.members(tenant, g));
                ScopeChange part = new ScopeChange(whole.header(), whole.from(), whole.to(), whole.lines().stream()
                        .filter(l -> members.contains(l.sku().value())).toList());
                out.put(g, out.get(g).postPart(whole, part).getOrElseThrow(e -> new IllegalStateException(
                        "scope switch " + s.document() + " refused on a new SKU group: " + e.message())).ledger());
            }
            store.recordEvent(tenant, fresh, s.event(), s.document(), false);
        }
        return out;
    }

    private static Either<StockError, PostingResult> change(StockLedger before, StoredDocument doc, boolean cancel) {
        DocumentId id = new DocumentId(doc.id());
        return cancel ? before.cancel(id, doc.draft().reversedOn()).mapLeft(StockError::of)
                : DocumentAssembler.assemble(doc.id(), doc.draft()).flatMap(d -> before.post(d).mapLeft(StockError::of));
    }

    /**
     * A document dated before a scope switch may add lines to it (a (SKU, warehouse) the switch did not carry
     * yet). Two posts on other SKU groups may do so at once, so the switch's row is locked and its stored
     * lines read again: when another post added some meanwhile, the change is made again on them, so that
     * line numbers never clash. {@code at[0]} is left holding the ledger the result was made from.
     */
    private Either<StockError, PostingResult> carried(TenantId tenant, StockLedger[] at, PostingResult r,
                                                      StoredDocument doc, boolean cancel) {
        List<ScopeChange> grown = grown(at[0], r.ledger());
        if (grown.isEmpty()) {
            return Either.right(r);
        }
        StockLedger fresh = at[0];
        boolean stale = false;
        for (ScopeChange c : grown) {
            documents.lock(tenant, c.header().id().value());
            StoredDocument stored = find(tenant, c.header().id().value()).get();
            ScopeChange latest = (ScopeChange) DocumentAssembler.assemble(stored.id(), stored.draft()).get();
            ScopeChange held = at[0].scopeChanges().stream().filter(x -> x.header().id().equals(c.header().id()))
                    .findFirst().orElseThrow();
            if (!latest.equals(held)) {
                stale = true;
                fresh = fresh.withScopeChange(latest);
            }
        }
        if (!stale) {
            return Either.right(r);
        }
        at[0] = fresh;
        return change(fresh, doc, cancel);
    }

    private static List<ScopeChange> grown(StockLedger before, StockLedger after) {
        Map<DocumentId, Integer> had = new HashMap<>();
        before.scopeChanges().forEach(c -> had.put(c.header().id(), c.lines().size()));
        return after.scopeChanges().stream().filter(c -> c.lines().size() > had.getOrDefault(c.header().id(), 0))
                .toList();
    }

    /** Stores the lines a post added to scope switches. */
    private void saveCarried(TenantId tenant, StockLedger before, PostingResult r) {
        Map<DocumentId, Integer> had = new HashMap<>();
        before.scopeChanges().forEach(c -> had.put(c.header().id(), c.lines().size()));
        for (ScopeChange c : grown(before, r.ledger())) {
            documents.addLines(tenant, c.header().id().value(),
                    DocumentAssembler.linesOf(c.lines().subList(had.getOrDefault(c.header().id(), 0), c.lines().size())));
        }
    }

    /**
     * Switches the costing scope from {@code from} on (spec 2.1), in the caller's transaction: locks the SKU
     * group of every SKU of the catalog (a post racing the switch on another node waits, and then posts under
     * the new settings), and posts a system document of kind scope-switch dated {@code from} that carries
     * every (SKU, warehouse[, batch]) that moved before it onto the new keys, with its voucher (value moved
     * between warehouses of the same item, net zero per item, and settlements at the boundary). Refused while
     * any movement is dated on or after {@code from}. Every SKU group records it, so each replays it.
     */
    @Override
    public Either<StockError, Switched> switchScope(TenantId tenant, LocalDate from, CostingScope to) {
        Set<Long> skus = new TreeSet<>();
        ledgers.allSkus(tenant).forEach(s -> skus.add(s.id().value()));
        Locks held = lock(tenant, skus);
        Map<Long, Long> locks = held.versions();
        Ledgers.Setup read = ledgers.setup(tenant, locks.keySet(), skus);
        var settings = read.settings();
        InventorySetup setup = read.setup();
        Map<Long, StockLedger> parts = joinSwitches(tenant, locks, ledgers.locked(tenant, locks, setup));
        StockLedger before = StockLedger.union(setup, List.copyOf(parts.values()));
        CostingScope current = ScopeSwitch.scopeOn(before, from.minusDays(1));
        if (current == to) {
            return Either.left(new StockError.ScopeSwitchConflict("the costing scope before " + from + " is already "
                    + InventorySettingsService.wire(to)));
        }
        DocumentDraft empty = DocumentAssembler.draftOf(new ScopeChange(
                new io.xinling.domain.inventory.document.DocumentHeader(new DocumentId(1), 0, from, LocalTime.MIDNIGHT),
                current, to, List.of()));
        long id = documents.create(tenant, empty, clock.instant()).id();
        ScopeChange change = ScopeSwitch.change(before, id, from, to);
        documents.addLines(tenant, id, DocumentAssembler.linesOf(change.lines()));
        DocumentId docId = new DocumentId(id);
        return before.post(change).mapLeft(StockError::of).flatMap(r -> {
            long event = held.event();
            writer.write(tenant, docId, before, r, false, clock.instant());
            documents.markPosted(tenant, id, event, settings.number());
            store.recordEvent(tenant, parts.keySet(), event, id, false);
            StoredDocument stored = new StoredDocument(id, documents.header(tenant, id).orElseThrow().number(),
                    DocumentStatus.POSTED, DocumentAssembler.draftOf(change));
            return postings.publishNew(tenant, report.of(tenant, event, stored, before, r, false))
                    .map(p -> new Switched(id, () -> ledgers.remember(tenant, parts, before, r.ledger(), docId, event)));
        });
    }

    private static Either<StockError, StoredDocument> allowed(StoredDocument doc, boolean cancel) {
        DocumentId id = new DocumentId(doc.id());
        return switch (doc.status()) {
            case CANCELLED -> Either.left(StockError.of(new InventoryError.AlreadyCancelled(id)));
            case POSTED -> cancel ? Either.right(doc) : Either.left(StockError.of(new InventoryError.AlreadyPosted(id)));
            case DRAFT -> cancel ? Either.left(new StockError.IllegalStatus(doc.id(), "draft", "cancelled"))
                    : Either.right(doc);
        };
    }

    private Either<StockError, StoredDocument> find(TenantId tenant, long id) {
        return documents.find(tenant, id).<Either<StockError, StoredDocument>>map(Either::right)
                .orElseGet(() -> Either.left(notFound(id)));
    }

    private static StockError notFound(long id) {
        return new StockError.NotFound("inventory", "document", Long.toString(id));
    }

    private Either<StockError, Boolean> open(TenantId tenant, LocalDate date) {
        return periods.isClosed(tenant, date)
                ? Either.left(StockError.of(new InventoryError.DateInClosedPeriod(date)))
                : Either.right(true);
    }

    /** Checks the draft against the current ledger, ignoring refusals that depend on stock at posting. */
    private Either<StockError, Boolean> probe(TenantId tenant, DocumentDraft draft) {
        Either<StockError, InventoryDocument> doc = DocumentAssembler.assemble(PROBE_ID, draft);
        if (doc.isLeft()) {
            return Either.left(doc.getLeft());
        }
        return ledgers.current(tenant, skusOf(tenant, draft)).post(doc.get()).fold(
                e -> STATEFUL.contains(e.code()) ? Either.right(true) : Either.left(new StockError.Reworded(e.code(),
                        e.message().replace("document " + PROBE_ID, "this document"))),
                ok -> Either.right(true));
    }
}
