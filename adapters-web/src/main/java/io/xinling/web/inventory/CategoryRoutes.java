package io.xinling.web.inventory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.inventory.CatalogCommands;
import io.xinling.application.inventory.CategoryUseCases;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

/** The category tree (create, rename, move) and brands of the catalog. */
public final class CategoryRoutes implements RouteModule {

    private static final RoleGate EDIT = RoleGate.of(Role.ADMIN, Role.WAREHOUSE, Role.PURCHASING);
    private static final RoleGate READ = RoleGate.anyTenantRole();

    private final CategoryUseCases categories;

    public CategoryRoutes(CategoryUseCases categories) {
        this.categories = categories;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/categories", this::createCategory, EDIT);
        routes.get("/api/v1/categories", ctx -> Http.reply(ctx, categories.categories(tenant(ctx)), 200,
                list -> InventoryViews.all(list, InventoryViews::category)), READ);
        routes.put("/api/v1/categories/{id}", this::updateCategory, EDIT);
        routes.post("/api/v1/brands", this::createBrand, EDIT);
        routes.get("/api/v1/brands", ctx -> Http.reply(ctx, categories.brands(tenant(ctx)), 200,
                list -> InventoryViews.all(list, InventoryViews::brand)), READ);
    }

    private void createCategory(Context ctx) {
        InventoryDtos.CategoryRequest r = Http.body(ctx, InventoryDtos.CategoryRequest.class);
        Http.reply(ctx, categories.createCategory(new CatalogCommands.NewCategory(tenant(ctx), r.code(), r.name(), r.names(),
                r.defaultLanguage(), r.parentId())), 201, InventoryViews::category);
    }

    private void updateCategory(Context ctx) {
        InventoryDtos.CategoryRequest r = Http.body(ctx, InventoryDtos.CategoryRequest.class);
        Http.reply(ctx, categories.updateCategory(new CatalogCommands.UpdateCategory(tenant(ctx), Params.id(ctx, "id"),
                r.name(), r.names(), r.defaultLanguage(), r.parentId())), 200, InventoryViews::category);
    }

    private void createBrand(Context ctx) {
        InventoryDtos.BrandRequest r = Http.body(ctx, InventoryDtos.BrandRequest.class);
        Http.reply(ctx, categories.createBrand(new CatalogCommands.NewBrand(tenant(ctx), r.code(), r.name(), r.names(),
                r.defaultLanguage())), 201, InventoryViews::brand);
    }

    private static TenantId tenant(Context ctx) {
        return Http.principal(ctx).tenant();
    }
}
