package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.application.inventory.port.CatalogRepository;
import io.xinling.application.inventory.port.DocumentRepository;
import io.xinling.application.inventory.port.InventorySettingsRepository;
import io.xinling.application.inventory.port.LedgerStore;
import io.xinling.application.inventory.port.SetupReader;
import io.xinling.application.inventory.port.WarehouseRepository;
import io.xinling.domain.catalog.Catalog;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.ledger.InventorySetup;
import io.xinling.domain.inventory.ledger.PostingResult;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.kernel.TenantId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The stock ledger of each SKU group of each tenant (the SKUs whose costs depend on each other), rebuilt
 * by replaying the group's committed posts and cancellations in event order, and cached in memory under
 * the version it reflects: when another node has moved the group's head since, the events committed
 * after the cached version are replayed onto it. A document moving SKUs of several groups is replayed in
 * each of them with its lines of that group (costs are per costing key, so the parts cost as the whole).
 * The ledger a post works on is the union of the groups it touches, never the whole tenant's.
 */
public final class Ledgers {

    private final CatalogRepository catalog;
    private final WarehouseRepository warehouses;
    private final DocumentRepository documents;
    private final LedgerStore store;
    private final InventorySettingsRepository settings;
    private final SetupReader reader;
    private final ConcurrentHashMap<GroupKey, Versioned> cache = new ConcurrentHashMap<>();

    /** Ledgers that always post under the default settings. */
    public Ledgers(CatalogRepository catalog, WarehouseRepository warehouses, DocumentRepository documents,
                   LedgerStore store) {
        this(catalog, warehouses, documents, store, DEFAULTS);
    }

    /** Ledgers reading settings, SKUs and warehouses for a post with one call of each repository. */
    public Ledgers(CatalogRepository catalog, WarehouseRepository warehouses, DocumentRepository documents,
                   LedgerStore store, InventorySettingsRepository settings) {
        this(catalog, warehouses, documents, store, settings, (tenant, skus) -> new SetupReader.Read(
                settings.current(tenant), catalog.skus(tenant, skus), warehouses.all(tenant)));
    }

    /** As above, a post reading them through {@code reader}, which must read the same repositories' rows. */
    public Ledgers(CatalogRepository catalog, WarehouseRepository warehouses, DocumentRepository documents,
                   LedgerStore store, InventorySettingsRepository settings, SetupReader reader) {
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.documents = documents;
        this.store = store;
        this.settings = settings;
        this.reader = reader;
    }

    private static final InventorySettingsRepository DEFAULTS = new InventorySettingsRepository() {
        @Override
        public Optional<Numbered> current(TenantId tenant) {
            return Optional.empty();
        }

        @Override
        public Map<Long, InventorySettingsView> all(TenantId tenant) {
            return Map.of();
        }

        @Override
        public void save(TenantId tenant, long number, InventorySettingsView s, java.time.Instant at) {
            throw new UnsupportedOperationException("these ledgers post under the default settings");
        }
    };

    /** The settings in force and their number (0 for the defaults). */
    public InventorySettingsRepository.Numbered settings(TenantId tenant) {
        return inForce(settings.current(tenant));
    }

    private static InventorySettingsRepository.Numbered inForce(Optional<InventorySettingsRepository.Numbered> saved) {
        return saved.orElseGet(() -> new InventorySettingsRepository.Numbered(0, InventorySettingsView.defaults()));
    }

    /** A group's ledger at one committed version. */
    public record Versioned(long version, StockLedger ledger) {
    }

    private record GroupKey(TenantId tenant, long group) {
    }

    /** The SKUs of a group. */
    public Set<Long> members(TenantId tenant, long group) {
        return store.members(tenant, group);
    }

    /** Every SKU of the tenant's catalog. */
    public List<io.xinling.domain.catalog.Sku> allSkus(TenantId tenant) {
        return catalog.allSkus(tenant);
    }

    /** Settings, warehouses and the whole catalog. */
    public InventorySetup setup(TenantId tenant) {
        return setup(tenant, catalog.allSkus(tenant), settings(tenant).settings());
    }

    /** The settings in force and the setup made under them (what a post reads before costing anything). */
    public record Setup(InventorySettingsRepository.Numbered settings, InventorySetup setup) {
    }

    /** Settings, warehouses and the SKUs of some groups and of {@code skus}: all a post on them needs, read together. */
    public Setup setup(TenantId tenant, Collection<Long> groups, Collection<Long> skus) {
        Set<Long> ids = new HashSet<>(skus);
        groups.forEach(g -> {
            if (g > 0) {
                ids.add(g);
            } else {
                ids.addAll(store.members(tenant, g));
            }
        });
        SetupReader.Read read = reader.read(tenant, ids);
        InventorySettingsRepository.Numbered in = inForce(read.settings());
        return new Setup(in, setup(read.skus(), read.warehouses(), in.settings()));
    }

    private InventorySetup setup(TenantId tenant, List<io.xinling.domain.catalog.Sku> skus, InventorySettingsView in) {
        return setup(skus, warehouses.all(tenant), in);
    }

    private static InventorySetup setup(List<io.xinling.domain.catalog.Sku> skus, List<WarehouseView> warehouses,
                                        InventorySettingsView in) {
        Catalog known = Catalog.of(skus)
                .getOrElseThrow(e -> new IllegalStateException("stored catalog is inconsistent: " + e.message()));
        return InventorySetup.of(in.ledgerSettings(), known, warehouses.stream().map(WarehouseView::warehouse).toList());
    }

    /** The ledgers of some groups at the versions ({@code group → version}) whose locks the caller holds. */
    public Map<Long, StockLedger> locked(TenantId tenant, Map<Long, Long> versions, InventorySetup setup) {
        Map<Long, StockLedger> parts = new TreeMap<>();
        new TreeMap<>(versions).forEach((group, version) -> parts.put(group, group(tenant, group, version, setup).ledger()));
        return parts;
    }

    /** The latest committed ledger of the whole tenant, for reading. */
    public StockLedger current(TenantId tenant) {
        return current(tenant, store.groupVersions(tenant), setup(tenant));
    }

    /** The latest committed ledger of the groups of some SKUs, for reading. */
    public StockLedger current(TenantId tenant, Collection<Long> skus) {
        Parts parts = partsOf(tenant, skus);
        return StockLedger.union(parts.setup(), parts.ledgers());
    }

    /** A posted document's movements with their current costs, read from the latest ledgers of its SKUs' groups. */
    public List<StockMovement> movementsOf(TenantId tenant, Collection<Long> skus, DocumentId document) {
        return StockLedger.movementsOf(partsOf(tenant, skus).ledgers(), document);
    }

    /** The latest committed ledgers of the groups of some SKUs, and the setup they were read under. */
    private record Parts(InventorySetup setup, List<StockLedger> ledgers) {
    }

    private Parts partsOf(TenantId tenant, Collection<Long> skus) {
        Map<Long, Long> versions = store.versionsOfGroupsOf(tenant, skus);
        InventorySetup setup = setup(tenant, versions.keySet(), skus).setup();
        return new Parts(setup, parts(tenant, versions, setup));
    }

    private StockLedger current(TenantId tenant, Map<Long, Long> versions, InventorySetup setup) {
        return StockLedger.union(setup, parts(tenant, versions, setup));
    }

    private List<StockLedger> parts(TenantId tenant, Map<Long, Long> versions, InventorySetup setup) {
        List<StockLedger> parts = new ArrayList<>();
        new TreeMap<>(versions).forEach((group, version) -> {
            Versioned v = group(tenant, group, version, setup);
            remember(tenant, group, v);
            parts.add(v.ledger());
        });
        return parts;
    }

    /**
     * Keeps the ledgers a committed change left: {@code after} is {@code from}, the union of {@code before} (group →
     * ledger before the change), changed; each group keeps its share ({@link StockLedger#shareOf}), or the one group
     * keeps all of it.
     */
    public void remember(TenantId tenant, Map<Long, StockLedger> before, StockLedger from, StockLedger after,
                         DocumentId changed, long version) {
        if (before.size() == 1) {
            remember(tenant, before.keySet().iterator().next(), new Versioned(version, after));
            return;
        }
        before.forEach((group, old) -> remember(tenant, group,
                new Versioned(version, after.shareOf(inGroup(tenant, group), old, from, changed))));
    }

    /** Keeps a merged group's ledger (its parts' caches are never read again: their heads restart at 0). */
    public void rememberMerged(TenantId tenant, long group, StockLedger ledger, long version) {
        remember(tenant, group, new Versioned(version, ledger));
    }

    private void remember(TenantId tenant, long group, Versioned ledger) {
        cache.merge(new GroupKey(tenant, group), ledger, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }

    /** A group's ledger at {@code version}: the cache, the cache caught up, or a full replay. */
    private Versioned group(TenantId tenant, long group, long version, InventorySetup setup) {
        Versioned cached = cache.get(new GroupKey(tenant, group));
        if (cached != null && cached.version() == version) {
            return new Versioned(version, cached.ledger().withSetup(setup));
        }
        Versioned from = cached != null && cached.version() < version
                ? new Versioned(cached.version(), cached.ledger().withSetup(setup))
                : new Versioned(0, StockLedger.empty(setup));
        return replay(tenant, group, from);
    }

    private Predicate<SkuId> inGroup(TenantId tenant, long group) {
        if (group > 0) {
            return sku -> sku.value() == group;
        }
        Set<Long> members = store.members(tenant, group);
        return sku -> members.contains(sku.value());
    }

    private Versioned replay(TenantId tenant, long group, Versioned from) {
        List<LedgerEvent> events = documents.history(tenant, group, from.version());
        StockLedger ledger = from.ledger();
        long version = from.version();
        Predicate<SkuId> members = events.isEmpty() ? sku -> true : inGroup(tenant, group);
        InventorySetup now = ledger.setup();
        Map<Long, InventorySettingsView> versions = events.stream().anyMatch(e -> e.settings() != 0)
                ? settings.all(tenant) : Map.of();
        for (LedgerEvent e : events) {
            InventorySettingsView under = versions.getOrDefault(e.settings(), InventorySettingsView.defaults());
            ledger = apply(ledger.withSetup(new InventorySetup(under.ledgerSettings(), now.catalog(), now.warehouses(),
                    now.periods())), e, members);
            version = e.version();
        }
        return new Versioned(version, ledger.withSetup(now));
    }

    private static StockLedger apply(StockLedger ledger, LedgerEvent e, Predicate<SkuId> members) {
        var result = e.cancellation()
                ? ledger.cancel(new DocumentId(e.document()), e.draft().reversedOn())
                : post(ledger, e, members);
        return result.getOrElseThrow(err -> new IllegalStateException("replay of document " + e.document()
                + " refused: " + err.message())).ledger();
    }

    private static Either<InventoryError, PostingResult> post(StockLedger ledger, LedgerEvent e,
                                                              Predicate<SkuId> members) {
        DocumentDraft whole = e.draft();
        InventoryDocument doc = assemble(e.document(), whole);
        List<DraftLine> mine = whole.lines().stream().filter(l -> members.test(new SkuId(l.sku()))).toList();
        if (mine.size() == whole.lines().size()) {
            return ledger.post(doc);
        }
        DocumentDraft part = whole.withLines(mine);
        return ledger.postPart(doc, assemble(e.document(), part));
    }

    private static InventoryDocument assemble(long id, DocumentDraft draft) {
        return DocumentAssembler.assemble(id, draft).getOrElseThrow(err -> new IllegalStateException(err.message()));
    }
}
