package io.xinling.web.inventory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.inventory.DocumentCommands;
import io.xinling.application.inventory.InventoryDocumentUseCases;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

import java.util.List;

/** Inventory documents: create a draft, read it with its costed movements, post it, cancel it. */
public final class InventoryDocumentRoutes implements RouteModule {

    private static final RoleGate WRITE = RoleGate.of(Role.ADMIN, Role.WAREHOUSE);
    private static final RoleGate READ = RoleGate.anyTenantRole();
    private static final String DOCUMENT = "/api/v1/inventory/documents/{id}";

    private final InventoryDocumentUseCases documents;

    public InventoryDocumentRoutes(InventoryDocumentUseCases documents) {
        this.documents = documents;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/inventory/documents", this::create, WRITE);
        routes.get(DOCUMENT, ctx -> Http.reply(ctx, documents.get(tenant(ctx), Params.id(ctx, "id")), 200,
                InventoryViews::document), READ);
        routes.post(DOCUMENT + "/post", ctx -> Http.reply(ctx, documents.post(tenant(ctx), Params.id(ctx, "id")), 200,
                InventoryViews::document), WRITE);
        routes.post(DOCUMENT + "/cancel", ctx -> Http.reply(ctx, documents.cancel(tenant(ctx), Params.id(ctx, "id")),
                200, InventoryViews::document), WRITE);
    }

    private void create(Context ctx) {
        InventoryDtos.DocumentRequest r = Http.body(ctx, InventoryDtos.DocumentRequest.class);
        List<DocumentCommands.Line> lines = r.lines() == null ? null : r.lines().stream().map(l -> new DocumentCommands.Line(
                l.role(), l.skuId(), l.quantity(), l.unit(), l.batch(), l.producedOn(), l.expiresOn(), l.serials(),
                l.amount(), l.weight(), l.saleDocumentId(), l.saleLine(), l.saleLeg())).toList();
        var command = new DocumentCommands.Create(tenant(ctx), r.kind(), r.date(), r.time(), r.warehouseId(),
                r.toWarehouseId(), r.purpose(), r.referenceDocumentId(), r.amount(), r.basis(), r.note(), lines);
        Http.reply(ctx, documents.create(command), 201, InventoryViews::document);
    }

    private static TenantId tenant(Context ctx) {
        return Http.principal(ctx).tenant();
    }
}
