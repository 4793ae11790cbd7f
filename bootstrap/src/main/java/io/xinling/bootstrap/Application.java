package io.xinling.bootstrap;

import io.javalin.Javalin;
import io.xinling.application.promotion.CouponService;
import io.xinling.application.promotion.PromotionPolicyService;
import io.xinling.application.promotion.PromotionPreviewService;
import io.xinling.application.promotion.SchemeService;
import io.xinling.application.accounting.AccountingServices;
import io.xinling.application.tenancy.PlatformSetup;
import io.xinling.application.tenancy.TenancyService;
import io.xinling.persistence.accounting.JooqBooksRepository;
import io.xinling.persistence.accounting.JooqLedgerRepository;
import io.xinling.persistence.accounting.JooqVoucherRepository;
import io.xinling.persistence.common.Database;
import io.xinling.persistence.common.JooqIdempotencyStore;
import io.xinling.persistence.common.JooqTransactor;
import io.xinling.persistence.promotion.JooqCouponRepository;
import io.xinling.persistence.promotion.JooqPolicyRepository;
import io.xinling.persistence.promotion.JooqSchemeRepository;
import io.xinling.persistence.tenancy.JooqApiKeyRepository;
import io.xinling.persistence.tenancy.JooqTenantRepository;
import io.xinling.persistence.tenancy.JooqUserRepository;
import io.xinling.web.RouteModule;
import io.xinling.web.WebApp;
import io.xinling.web.WebSettings;
import io.xinling.web.promotion.CouponRoutes;
import io.xinling.web.promotion.PromotionRoutes;
import io.xinling.web.accounting.AccountingRoutes;
import io.xinling.web.accounting.LedgerRoutes;
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
    private final SchemeService schemes;
    private final JooqPolicyRepository policies;
    private final AccountingServices accounting;

    public Application(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.transactor = new JooqTransactor(database.dsl());
        this.tenants = new JooqTenantRepository(database.dsl());
        this.apiKeys = new JooqApiKeyRepository(database.dsl());
        this.tenancy = new TenancyService(transactor, tenants, new JooqUserRepository(database.dsl()), apiKeys, clock);
        this.coupons = new CouponService(transactor, new JooqCouponRepository(database.dsl()), clock);
        this.schemes = new SchemeService(transactor, new JooqSchemeRepository(database.dsl()), clock);
        this.policies = new JooqPolicyRepository(database.dsl());
        this.accounting = new AccountingServices(transactor, new JooqBooksRepository(database.dsl()),
                new JooqVoucherRepository(database.dsl()), new JooqLedgerRepository(database.dsl()), clock);
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
                new PromotionRoutes(new PromotionPreviewService(schemes, policies), schemes,
                        new PromotionPolicyService(transactor, policies)),
                new AccountingRoutes(accounting),
                new LedgerRoutes(accounting));
    }
}
