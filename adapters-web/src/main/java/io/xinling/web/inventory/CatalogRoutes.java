package io.xinling.web.inventory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.inventory.CatalogCommands;
import io.xinling.application.inventory.CatalogUseCases;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

import java.util.List;

/** Products with their SKUs (units, barcodes, tracking), barcode look-up, and warehouses. */
public final class CatalogRoutes implements RouteModule {

    private static final RoleGate EDIT = RoleGate.of(Role.ADMIN, Role.WAREHOUSE, Role.PURCHASING);
    private static final RoleGate SETUP = RoleGate.of(Role.ADMIN, Role.WAREHOUSE);
    private static final RoleGate READ = RoleGate.anyTenantRole();

    private final CatalogUseCases catalog;

    public CatalogRoutes(CatalogUseCases catalog) {
        this.catalog = catalog;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/products", this::createProduct, EDIT);
        routes.get("/api/v1/products", ctx -> Http.reply(ctx, catalog.products(tenant(ctx), ctx.queryParam("q"),
                Params.intParam(ctx, "limit", 50, 1, 200), Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE)), 200,
                page -> InventoryViews.page(page, InventoryViews::product)), READ);
        routes.get("/api/v1/skus", ctx -> Http.reply(ctx, catalog.skus(tenant(ctx), ctx.queryParam("q"),
                Params.intParam(ctx, "limit", 50, 1, 200), Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE)), 200,
                page -> InventoryViews.page(page, InventoryViews::sku)), READ);
        routes.get("/api/v1/products/{id}", ctx -> Http.reply(ctx, catalog.product(tenant(ctx), Params.id(ctx, "id")), 200,
                InventoryViews::product), READ);
        routes.get("/api/v1/skus/{id}", ctx -> Http.reply(ctx, catalog.sku(tenant(ctx), Params.id(ctx, "id")), 200,
                InventoryViews::sku), READ);
        routes.get("/api/v1/barcodes/{code}", ctx -> Http.reply(ctx, catalog.barcode(tenant(ctx), ctx.pathParam("code")),
                200, m -> InventoryViews.barcode(ctx.pathParam("code"), m)), READ);
        routes.post("/api/v1/warehouses", this::createWarehouse, SETUP);
        routes.get("/api/v1/warehouses", ctx -> Http.reply(ctx, catalog.warehouses(tenant(ctx)), 200,
                list -> InventoryViews.all(list, InventoryViews::warehouse)), READ);
    }

    private void createProduct(Context ctx) {
        InventoryDtos.ProductRequest r = Http.body(ctx, InventoryDtos.ProductRequest.class);
        List<CatalogCommands.NewSku> skus = r.skus() == null ? null : r.skus().stream().map(s -> s == null ? null : sku(s)).toList();
        var command = new CatalogCommands.CreateProduct(tenant(ctx), r.code(), r.name(), r.names(), r.defaultLanguage(),
                r.categoryId(), r.brandId(), r.images(), skus);
        Http.reply(ctx, catalog.createProduct(command), 201, InventoryViews::product);
    }

    private static CatalogCommands.NewSku sku(InventoryDtos.SkuRequest s) {
        return new CatalogCommands.NewSku(s.code(), s.name(), s.attributes(), s.baseUnit(),
                s.units() == null ? null : s.units().stream().map(u -> u == null ? null : new CatalogCommands.UnitFactor(u.unit(), u.factor())).toList(),
                s.barcodes() == null ? null : s.barcodes().stream()
                        .map(b -> b == null ? null : new CatalogCommands.BarcodeUnit(b.code(), b.unit())).toList(),
                s.tracking(), s.shelfLifeDays(), s.taxRate(), s.referenceCost(), s.batchCosting(), s.zeroCostAllowed());
    }

    private void createWarehouse(Context ctx) {
        InventoryDtos.WarehouseRequest r = Http.body(ctx, InventoryDtos.WarehouseRequest.class);
        var command = new CatalogCommands.CreateWarehouse(tenant(ctx), r.code(), r.name(), r.kind(), r.branchId(),
                r.allowNegativeStock());
        Http.reply(ctx, catalog.createWarehouse(command), 201, InventoryViews::warehouse);
    }

    private static TenantId tenant(Context ctx) {
        return Http.principal(ctx).tenant();
    }
}
