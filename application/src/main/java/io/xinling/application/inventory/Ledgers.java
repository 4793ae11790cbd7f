package io.xinling.application.inventory;

import io.xinling.application.inventory.port.CatalogRepository;
import io.xinling.application.inventory.port.DocumentRepository;
import io.xinling.application.inventory.port.LedgerStore;
import io.xinling.application.inventory.port.WarehouseRepository;
import io.xinling.domain.catalog.Catalog;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventorySettings;
import io.xinling.domain.inventory.ledger.InventorySetup;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.kernel.TenantId;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stock ledger of each tenant, rebuilt by replaying its committed posts and cancellations in
 * version order, and cached in memory under the version it reflects: when another node has moved
 * the head since, the events committed after the cached version are replayed onto it.
 */
public final class Ledgers {

    private final CatalogRepository catalog;
    private final WarehouseRepository warehouses;
    private final DocumentRepository documents;
    private final LedgerStore store;
    private final ConcurrentHashMap<TenantId, Versioned> cache = new ConcurrentHashMap<>();

    public Ledgers(CatalogRepository catalog, WarehouseRepository warehouses, DocumentRepository documents,
                   LedgerStore store) {
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.documents = documents;
        this.store = store;
    }

    /** A ledger at one committed version. */
    public record Versioned(long version, StockLedger ledger) {
    }

    public InventorySetup setup(TenantId tenant) {
        Catalog skus = Catalog.of(catalog.allSkus(tenant))
                .getOrElseThrow(e -> new IllegalStateException("stored catalog is inconsistent: " + e.message()));
        return InventorySetup.of(InventorySettings.defaults(), skus,
                warehouses.all(tenant).stream().map(WarehouseView::warehouse).toList());
    }

    /** The ledger at {@code version}, which the caller holds the head lock of. */
    public StockLedger atVersion(TenantId tenant, long version, InventorySetup setup) {
        Versioned cached = cache.get(tenant);
        if (cached != null && cached.version() == version) {
            return cached.ledger().withSetup(setup);
        }
        return catchUp(tenant, cached, setup).ledger();
    }

    /** The latest committed ledger, for reading. */
    public StockLedger current(TenantId tenant) {
        InventorySetup setup = setup(tenant);
        Versioned cached = cache.get(tenant);
        if (cached != null && cached.version() == store.headVersion(tenant)) {
            return cached.ledger().withSetup(setup);
        }
        Versioned caughtUp = catchUp(tenant, cached, setup);
        remember(tenant, caughtUp);
        return caughtUp.ledger();
    }

    /** The cached ledger with the events committed since applied (all of them when nothing is cached). */
    private Versioned catchUp(TenantId tenant, Versioned cached, InventorySetup setup) {
        return replay(tenant, cached == null ? new Versioned(0, StockLedger.empty(setup))
                : new Versioned(cached.version(), cached.ledger().withSetup(setup)));
    }

    /** Keeps a committed ledger, unless a newer one is already kept. */
    public void remember(TenantId tenant, Versioned ledger) {
        cache.merge(tenant, ledger, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }

    private Versioned replay(TenantId tenant, Versioned from) {
        List<LedgerEvent> events = documents.history(tenant, from.version());
        StockLedger ledger = from.ledger();
        long version = from.version();
        for (LedgerEvent e : events) {
            ledger = apply(ledger, e);
            version = e.version();
        }
        return new Versioned(version, ledger);
    }

    private static StockLedger apply(StockLedger ledger, LedgerEvent e) {
        var result = e.cancellation()
                ? ledger.cancel(new DocumentId(e.document()))
                : ledger.post(DocumentAssembler.assemble(e.document(), e.draft())
                        .getOrElseThrow(err -> new IllegalStateException(err.message())));
        return result.getOrElseThrow(err -> new IllegalStateException("replay of document " + e.document()
                + " refused: " + err.message())).ledger();
    }
}
