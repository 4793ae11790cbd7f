package io.xinling.bootstrap;

import io.javalin.Javalin;
import io.xinling.application.accounting.AccountingServices;
import io.xinling.application.accounting.BusinessDimensions;
import io.xinling.application.accounting.DimensionRegisterService;
import io.xinling.application.accounting.BusinessDrafts;
import io.xinling.application.accounting.BusinessSubledgers;
import io.xinling.application.accounting.InventoryVoucherGenerator;
import io.xinling.application.accounting.SettlementVoucherGenerator;
import io.xinling.application.accounting.TradeVoucherGenerator;
import io.xinling.application.inventory.AccountingPeriodCalendar;
import io.xinling.application.inventory.CatalogService;
import io.xinling.application.inventory.CategoryService;
import io.xinling.application.inventory.InventoryDraftService;
import io.xinling.application.inventory.InventoryDocumentService;
import io.xinling.application.inventory.InventoryQueryService;
import io.xinling.application.inventory.InventorySettingsService;
import io.xinling.application.inventory.Ledgers;
import io.xinling.application.inventory.StockControlService;
import io.xinling.application.inventory.port.InventoryPostings;
import io.xinling.application.partner.PartnerService;
import io.xinling.application.pricing.PricingService;
import io.xinling.application.promotion.CouponLocks;
import io.xinling.application.promotion.CouponService;
import io.xinling.application.promotion.PromotionReturnService;
import io.xinling.application.promotion.StoredCoupons;
import io.xinling.application.promotion.PromotionPolicyService;
import io.xinling.application.promotion.ActiveSchemeCache;
import io.xinling.application.promotion.PromotionPreviewService;
import io.xinling.application.promotion.quota.PreviewWithUsage;
import io.xinling.application.promotion.SchemeService;
import io.xinling.application.promotion.campaign.CampaignService;
import io.xinling.application.promotion.conflict.ConflictService;
import io.xinling.application.promotion.pricechange.PriceChangeService;
import io.xinling.application.promotion.quota.ReservationService;
import io.xinling.application.promotion.quota.StoredQuotas;
import io.xinling.application.settlement.LandedCostPayables;
import io.xinling.application.settlement.ReceivablesExposure;
import io.xinling.application.settlement.SettlementQueryService;
import io.xinling.application.settlement.SettlementService;
import io.xinling.application.tenancy.PlatformSetup;
import io.xinling.application.tenancy.TenancyService;
import io.xinling.application.trade.LineAmountsService;
import io.xinling.application.trade.TradeDocumentService;
import io.xinling.application.trade.TradeInvoiceService;
import io.xinling.application.trade.TradeOrderService;
import io.xinling.application.trade.TradeUnshippedOrders;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.persistence.accounting.JooqBooksRepository;
import io.xinling.persistence.accounting.JooqDimensionRegisterRepository;
import io.xinling.persistence.accounting.JooqGenerationRepository;
import io.xinling.persistence.accounting.JooqLedgerRepository;
import io.xinling.persistence.accounting.JooqPostingStore;
import io.xinling.persistence.accounting.JooqVoucherRepository;
import io.xinling.persistence.common.Database;
import io.xinling.persistence.common.JooqIdempotencyStore;
import io.xinling.persistence.common.JooqTransactor;
import io.xinling.persistence.inventory.JooqCatalogRepository;
import io.xinling.persistence.inventory.JooqCategoryRepository;
import io.xinling.persistence.inventory.JooqDocumentRepository;
import io.xinling.persistence.inventory.JooqInventorySettingsRepository;
import io.xinling.persistence.inventory.JooqLedgerStore;
import io.xinling.persistence.inventory.JooqSetupReader;
import io.xinling.persistence.inventory.JooqWarehouseRepository;
import io.xinling.persistence.partner.JooqPartnerRepository;
import io.xinling.persistence.pricing.JooqPriceListRepository;
import io.xinling.persistence.pricing.JooqPricedThings;
import io.xinling.persistence.promotion.JooqActiveSchemeVersions;
import io.xinling.persistence.promotion.JooqCampaignRepository;
import io.xinling.persistence.promotion.JooqCouponRepository;
import io.xinling.persistence.promotion.JooqPolicyRepository;
import io.xinling.persistence.promotion.JooqPriceChangeRepository;
import io.xinling.persistence.promotion.JooqOrderReturnRepository;
import io.xinling.persistence.promotion.JooqReservationRepository;
import io.xinling.persistence.promotion.JooqSchemeRepository;
import io.xinling.persistence.settlement.JooqSettlementRepository;
import io.xinling.persistence.tenancy.JooqApiKeyRepository;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.tenancy.JooqUserRepository;
import io.xinling.persistence.trade.JooqTradeDocumentRepository;
import io.xinling.persistence.trade.JooqTradeSettingsRepository;
import io.xinling.persistence.trade.JooqTradeInvoiceRepository;
import io.xinling.web.RouteModule;
import io.xinling.web.WebApp;
import io.xinling.web.WebSettings;
import io.xinling.web.accounting.AccountingRoutes;
import io.xinling.web.accounting.DimensionRoutes;
import io.xinling.web.accounting.LedgerRoutes;
import io.xinling.web.accounting.VoucherGenerationRoutes;
import io.xinling.web.accounting.VoucherTemplateRoutes;
import io.xinling.web.inventory.CatalogRoutes;
import io.xinling.web.inventory.CategoryRoutes;
import io.xinling.web.inventory.InventoryDocumentRoutes;
import io.xinling.web.inventory.InventoryQueryRoutes;
import io.xinling.web.inventory.InventorySettingsRoutes;
import io.xinling.web.partner.PartnerRoutes;
import io.xinling.web.pricing.PricingRoutes;
import io.xinling.web.promotion.PromotionReturnRoutes;
import io.xinling.web.promotion.CampaignRoutes;
import io.xinling.web.promotion.ConflictRoutes;
import io.xinling.web.promotion.CouponRoutes;
import io.xinling.web.promotion.PriceChangeRoutes;
import io.xinling.web.promotion.PromotionRoutes;
import io.xinling.web.promotion.ReservationRoutes;
import io.xinling.web.settlement.SettlementRoutes;
import io.xinling.web.tenancy.TenancyRoutes;
import io.xinling.web.trade.TradeDocumentRoutes;
import io.xinling.web.trade.TradeRoutes;

import java.time.Clock;
import io.xinling.application.promotion.quota.TicketTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Hand wiring of adapters to ports: the only place that calls {@code new} on adapters. */
public final class Application {

    private final Database database;
    private final Clock clock;
    private final JooqTransactor transactor;
    private final JooqTenantRepository tenants;
    private final JooqApiKeyRepository apiKeys;
    private final TenancyService tenancy;
    private final CouponService coupons;
    /** The zone of the stores' local ticket times, in which a coupon's validity instants are compared with them. */
    static final java.time.ZoneId BUSINESS_ZONE = java.time.ZoneId.of("Asia/Shanghai");
    private final SchemeService schemes;
    private final ActiveSchemeCache activeSchemes;
    private final JooqPolicyRepository policies;
    private final AccountingServices accounting;
    private final PartnerService partners;
    private final SettlementService settlement;
    private final SettlementQueryService settlementQueries;
    private final PricingService pricing;
    private final LineAmountsService lineAmounts = new LineAmountsService();
    private final CatalogService catalog;
    private final CategoryService categories;
    private final InventoryDocumentService inventoryDocuments;
    private final InventoryDraftService inventoryDrafts;
    private final DimensionRegisterService dimensionRegisters;
    private final InventorySettingsService inventorySettings;
    private final InventoryQueryService inventoryQueries;
    private final StockControlService stockControl;
    private final TradeDocumentService tradeDocuments;
    private final TradeOrderService tradeOrders;
    private final TradeInvoiceService tradeInvoices;

    public Application(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.transactor = new JooqTransactor(database.dsl());
        this.tenants = new JooqTenantRepository(database.dsl());
        this.apiKeys = new JooqApiKeyRepository(database.dsl());
        this.tenancy = new TenancyService(transactor, tenants, new JooqUserRepository(database.dsl()), apiKeys, clock);
        this.coupons = new CouponService(transactor, new JooqCouponRepository(database.dsl()), clock);
        JooqCampaignRepository campaigns = new JooqCampaignRepository(database.dsl());
        this.schemes = new SchemeService(transactor, new JooqSchemeRepository(database.dsl()), campaigns, clock);
        this.activeSchemes = new ActiveSchemeCache(new JooqActiveSchemeVersions(database.dsl()), schemes,
                new StoredQuotas(new JooqSchemeRepository(database.dsl())));
        this.policies = new JooqPolicyRepository(database.dsl());
        this.accounting = new AccountingServices(transactor, new JooqBooksRepository(database.dsl()),
                new JooqVoucherRepository(database.dsl(), database.numbers()), new JooqLedgerRepository(database.dsl()),
                new JooqPostingStore(database.dsl()), new JooqGenerationRepository(database.dsl()), clock);
        // The system preparer of generated vouchers is made on the autocommit side pool, so an id kept here is never
        // one that a rolled-back posting created; users are never deleted, so it stays valid.
        JooqUserRepository generationUsers = new JooqUserRepository(database.numbers());
        Map<TenantId, UserId> systemPreparers = new ConcurrentHashMap<>();
        Function<TenantId, UserId> preparer = tenant -> systemPreparers.computeIfAbsent(tenant,
                t -> generationUsers.findOrCreate(t, InventoryVoucherGenerator.PREPARER, clock.instant()));
        JooqSettlementRepository settlementRepository = new JooqSettlementRepository(database.dsl());
        JooqPriceListRepository priceLists = new JooqPriceListRepository(database.dsl());
        JooqTradeDocumentRepository tradeRepository = new JooqTradeDocumentRepository(database.dsl(), database.numbers());
        this.partners = new PartnerService(transactor, new JooqPartnerRepository(database.dsl()),
                new ReceivablesExposure(settlementRepository), new TradeUnshippedOrders(tradeRepository), priceLists,
                clock);
        this.settlement = new SettlementService(transactor, settlementRepository, partners, clock,
                new SettlementVoucherGenerator(accounting.outbox(), preparer, accounting.chart(),
                        accounting.periodGuard()));
        this.settlementQueries = new SettlementQueryService(settlementRepository, partners);
        this.pricing = new PricingService(transactor, priceLists, partners,
                new JooqPricedThings(database.dsl()), clock);
        JooqCatalogRepository catalogRepository = new JooqCatalogRepository(database.dsl());
        JooqWarehouseRepository warehouseRepository = new JooqWarehouseRepository(database.dsl());
        JooqDocumentRepository documentRepository = new JooqDocumentRepository(database.dsl(), database.numbers());
        JooqLedgerStore ledgerStore = new JooqLedgerStore(database.dsl());
        JooqInventorySettingsRepository inventorySettingsRepository = new JooqInventorySettingsRepository(database.dsl());
        Ledgers ledgers = new Ledgers(catalogRepository, warehouseRepository, documentRepository, ledgerStore,
                inventorySettingsRepository, new JooqSetupReader(database.dsl()));
        JooqCategoryRepository categoryRepository = new JooqCategoryRepository(database.dsl());
        this.catalog = new CatalogService(transactor, catalogRepository, warehouseRepository, categoryRepository);
        this.categories = new CategoryService(transactor, categoryRepository);
        InventoryVoucherGenerator voucherGenerator = new InventoryVoucherGenerator(accounting.outbox(), preparer);
        LandedCostPayables carriers = new LandedCostPayables(settlement, settlement, settlementRepository);
        InventoryPostings inventoryPostings = voucherGenerator.then(carriers);
        this.inventoryDocuments = new InventoryDocumentService(transactor, documentRepository, ledgerStore, ledgers,
                inventoryCalendar(), clock, inventoryPostings, partners);
        this.inventorySettings = new InventorySettingsService(transactor, inventorySettingsRepository, ledgerStore,
                inventoryCalendar(), clock, inventoryDocuments);
        this.inventoryDrafts = new InventoryDraftService(transactor, documentRepository, inventoryCalendar());
        this.inventoryQueries = new InventoryQueryService(ledgers, documentRepository, ledgerStore);
        accounting.periods().reconcileWith(new BusinessSubledgers(inventoryQueries, settlementQueries));
        this.stockControl = new StockControlService(transactor, ledgerStore, clock, catalog);
        TradeVoucherGenerator tradeVouchers = new TradeVoucherGenerator(accounting.outbox(), inventoryDocuments, catalog,
                preparer);
        JooqTradeSettingsRepository tradeSettings = new JooqTradeSettingsRepository(database.dsl());
        JooqTradeInvoiceRepository tradeInvoiceRepository = new JooqTradeInvoiceRepository(database.dsl());
        this.tradeDocuments = new TradeDocumentService(transactor, tradeRepository, inventoryDocuments, catalog,
                settlement, settlement, partners, inventorySettings, clock, tradeVouchers, inventoryQueries,
                tradeSettings, inventoryCalendar(), tradeInvoiceRepository);
        this.dimensionRegisters = new DimensionRegisterService(transactor,
                new JooqDimensionRegisterRepository(database.dsl()));
        accounting.vouchers().lookUpDimensionsIn(new BusinessDimensions(partners, catalog, inventorySettings,
                dimensionRegisters));
        accounting.periods().waitForDrafts(new BusinessDrafts(inventoryDocuments, tradeDocuments));
        this.tradeOrders = new TradeOrderService(transactor, tradeRepository, tradeDocuments, partners);
        this.tradeInvoices = new TradeInvoiceService(transactor, tradeRepository, tradeInvoiceRepository, clock,
                inventoryDocuments, settlement, settlement, tradeVouchers, tradeSettings);
    }

    public PlatformSetup platformSetup() {
        return new PlatformSetup(transactor, tenants, apiKeys, tenancy, clock);
    }

    public TenancyService tenancy() {
        return tenancy;
    }

    /** The accounting use cases; {@code accounting().periodGuard()} is what other contexts call before dating anything. */
    public AccountingServices accounting() {
        return accounting;
    }

    /** The inventory's calendar: the accounting books' periods. */
    public AccountingPeriodCalendar inventoryCalendar() {
        return new AccountingPeriodCalendar(accounting.periodGuard());
    }

    public CatalogService catalog() {
        return catalog;
    }

    /** The inventory settings; other contexts read them through {@link io.xinling.application.inventory.InventorySettingsQuery}. */
    public InventorySettingsService inventorySettings() {
        return inventorySettings;
    }

    public InventoryDocumentService inventoryDocuments() {
        return inventoryDocuments;
    }

    public SchemeService schemes() {
        return schemes;
    }

    public CouponService coupons() {
        return coupons;
    }

    /** Partners and customer credit; also what sales orders call for the credit check. */
    public PartnerService partners() {
        return partners;
    }

    /** Price lists and the explained price lookup that document lines call for their default price. */
    public PricingService pricing() {
        return pricing;
    }

    /** Receivables and payables: what posted documents call to record open items. */
    public SettlementService settlement() {
        return settlement;
    }

    /** Sales deliveries, purchase receipts and sales returns, posted to the stock ledger and the partner's account. */
    public TradeDocumentService tradeDocuments() {
        return tradeDocuments;
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
        PriceChangeService priceChanges = new PriceChangeService(transactor, new JooqPriceChangeRepository(database.dsl()), clock);
        StoredCoupons presented = new StoredCoupons(new JooqCouponRepository(database.dsl()), BUSINESS_ZONE);
        PromotionPreviewService preview = new PromotionPreviewService(activeSchemes, policies, priceChanges, presented);
        ReservationService reservations = new ReservationService(transactor, new JooqReservationRepository(database.dsl()),
                new JooqSchemeRepository(database.dsl()), new JooqCampaignRepository(database.dsl()), preview,
                new CouponLocks(coupons), activeSchemes,
                new TicketTime(BUSINESS_ZONE, TicketTime.DEFAULT_TOLERANCE), clock);
        return List.of(
                new TenancyRoutes(tenancy, tenancy),
                new CouponRoutes(coupons, clock),
                new PromotionRoutes(new PreviewWithUsage(preview, reservations), schemes,
                        new PromotionPolicyService(transactor, policies)),
                new ReservationRoutes(reservations),
                new PromotionReturnRoutes(new PromotionReturnService(policies, presented, coupons, transactor,
                        new JooqReservationRepository(database.dsl()), new JooqSchemeRepository(database.dsl()),
                        new JooqOrderReturnRepository(database.dsl()), clock)),
                new CampaignRoutes(new CampaignService(transactor, new JooqCampaignRepository(database.dsl()), schemes, clock)),
                new ConflictRoutes(new ConflictService(new JooqSchemeRepository(database.dsl()), policies, clock)),
                new PriceChangeRoutes(priceChanges, clock),
                new AccountingRoutes(accounting),
                new LedgerRoutes(accounting),
                new DimensionRoutes(dimensionRegisters),
                new VoucherGenerationRoutes(accounting.outbox()),
                new VoucherTemplateRoutes(accounting.templates()),
                new PartnerRoutes(partners, partners, partners),
                new SettlementRoutes(settlement, settlement, settlement, settlementQueries),
                new PricingRoutes(pricing, pricing),
                new TradeRoutes(lineAmounts),
                new CatalogRoutes(catalog),
                new CategoryRoutes(categories),
                new InventoryDocumentRoutes(inventoryDocuments, inventoryDrafts),
                new InventoryQueryRoutes(inventoryQueries, stockControl, clock),
                new InventorySettingsRoutes(inventorySettings),
                new TradeDocumentRoutes(tradeDocuments, tradeOrders, tradeInvoices));
    }
}
