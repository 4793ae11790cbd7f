package io.xinling.bootstrap;

import io.javalin.Javalin;
import io.xinling.application.inventory.CatalogService;
import io.xinling.application.inventory.InventoryDocumentService;
import io.xinling.application.inventory.InventoryQueryService;
import io.xinling.application.inventory.Ledgers;
import io.xinling.application.inventory.StockControlService;
import io.xinling.application.promotion.CouponService;
import io.xinling.application.tenancy.PlatformSetup;
import io.xinling.application.tenancy.TenancyService;
import io.xinling.persistence.common.Database;
import io.xinling.persistence.common.JooqIdempotencyStore;
import io.xinling.persistence.common.JooqTransactor;
import io.xinling.persistence.inventory.JooqCatalogRepository;
import io.xinling.persistence.inventory.JooqClosedMonths;
import io.xinling.persistence.inventory.JooqDocumentRepository;
import io.xinling.persistence.inventory.JooqLedgerStore;
import io.xinling.persistence.inventory.JooqWarehouseRepository;
import io.xinling.persistence.promotion.JooqCouponRepository;
import io.xinling.persistence.tenancy.JooqApiKeyRepository;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.tenancy.JooqUserRepository;
import io.xinling.web.RouteModule;
import io.xinling.web.WebApp;
import io.xinling.web.WebSettings;
import io.xinling.web.inventory.CatalogRoutes;
import io.xinling.web.inventory.InventoryDocumentRoutes;
import io.xinling.web.inventory.InventoryQueryRoutes;
import io.xinling.web.promotion.CouponRoutes;
import io.xinling.web.tenancy.TenancyRoutes;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Hand wiring of adapters to ports: the only place that calls {@code new} on adapters. */
public final class Application {

    private final Database database;
    private final Clock clock;
    private final JooqTransactor transactor;
    private final JooqTenantRepository tenants;
    private final JooqApiKeyRepository apiKeys;
    private final TenancyService tenancy;
    private final CouponService coupons;
    private final CatalogService catalog;
    private final InventoryDocumentService inventoryDocuments;
    private final InventoryQueryService inventoryQueries;
    private final StockControlService stockControl;

    public Application(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.transactor = new JooqTransactor(database.dsl());
        this.tenants = new JooqTenantRepository(database.dsl());
        this.apiKeys = new JooqApiKeyRepository(database.dsl());
        this.tenancy = new TenancyService(transactor, tenants, new JooqUserRepository(database.dsl()), apiKeys, clock);
        this.coupons = new CouponService(transactor, new JooqCouponRepository(database.dsl()), clock);
        JooqCatalogRepository catalogRepository = new JooqCatalogRepository(database.dsl());
        JooqWarehouseRepository warehouseRepository = new JooqWarehouseRepository(database.dsl());
        JooqDocumentRepository documentRepository = new JooqDocumentRepository(database.dsl());
        JooqLedgerStore ledgerStore = new JooqLedgerStore(database.dsl());
        JooqClosedMonths closedMonths = new JooqClosedMonths(database.dsl());
        Ledgers ledgers = new Ledgers(catalogRepository, warehouseRepository, documentRepository, ledgerStore);
        this.catalog = new CatalogService(transactor, catalogRepository, warehouseRepository);
        this.inventoryDocuments = new InventoryDocumentService(transactor, documentRepository, ledgerStore, ledgers,
                closedMonths, clock);
        this.inventoryQueries = new InventoryQueryService(ledgers, documentRepository, ledgerStore);
        this.stockControl = new StockControlService(transactor, ledgerStore, closedMonths, clock);
    }

    public PlatformSetup platformSetup() {
        return new PlatformSetup(transactor, tenants, apiKeys, tenancy, clock);
    }

    public TenancyService tenancy() {
        return tenancy;
    }

    /** The Javalin app, not yet started, with every context's routes and any {@code extra} ones. */
    public Javalin web(WebSettings settings, RouteModule... extra) {
        WebApp.Services services = new WebApp.Services(tenancy,
                new JooqIdempotencyStore(database.dsl(), Duration.ofMinutes(5)), database::isReady, clock);
        List<RouteModule> modules = new ArrayList<>(routeModules());
        modules.addAll(List.of(extra));
        return WebApp.create(settings, services, modules);
    }

    private List<RouteModule> routeModules() {
        return List.of(
                new TenancyRoutes(tenancy, tenancy),
                new CouponRoutes(coupons, clock),
                new CatalogRoutes(catalog),
                new InventoryDocumentRoutes(inventoryDocuments),
                new InventoryQueryRoutes(inventoryQueries, stockControl, clock));
    }
}
