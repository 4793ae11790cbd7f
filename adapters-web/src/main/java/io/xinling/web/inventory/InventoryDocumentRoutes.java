package io.xinling.web.inventory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.xinling.application.inventory.DocumentCommands;
import io.xinling.application.inventory.DocumentFilter;
import io.xinling.application.inventory.DocumentKind;
import io.xinling.application.inventory.DocumentStatus;
import io.xinling.application.inventory.InventoryDocumentUseCases;
import io.xinling.application.inventory.InventoryDraftUseCases;
import io.xinling.application.inventory.StockError;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Inventory documents: create a draft (or create and post it at once, {@code ?post=true}), read it with its costed
 * movements, redate or delete it, post it, cancel it.
 */
public final class InventoryDocumentRoutes implements RouteModule {

    private static final RoleGate WRITE = RoleGate.of(Role.ADMIN, Role.WAREHOUSE);
    private static final RoleGate READ = RoleGate.anyTenantRole();
    private static final String DOCUMENT = "/api/v1/inventory/documents/{id}";

    private final InventoryDocumentUseCases documents;
    private final InventoryDraftUseCases drafts;

    public InventoryDocumentRoutes(InventoryDocumentUseCases documents, InventoryDraftUseCases drafts) {
        this.documents = documents;
        this.drafts = drafts;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/inventory/documents", this::create, WRITE);
        routes.get("/api/v1/inventory/documents", this::list, READ);
        routes.get(DOCUMENT, ctx -> Http.reply(ctx, documents.get(tenant(ctx), Params.id(ctx, "id")), 200,
                InventoryViews::document), READ);
        routes.delete(DOCUMENT, ctx -> Http.reply(ctx, drafts.delete(tenant(ctx), Params.id(ctx, "id")), 200,
                id -> java.util.Map.of("id", id, "deleted", true)), WRITE);
        routes.post(DOCUMENT + "/redate", this::redate, WRITE);
        routes.post(DOCUMENT + "/post", ctx -> Http.reply(ctx, documents.post(tenant(ctx), Params.id(ctx, "id")), 200,
                InventoryViews::document), WRITE);
        routes.post(DOCUMENT + "/cancel", ctx -> Http.reply(ctx, documents.cancel(tenant(ctx), Params.id(ctx, "id")),
                200, InventoryViews::document), WRITE);
    }

    private void create(Context ctx) {
        InventoryDtos.DocumentRequest r = Http.body(ctx, InventoryDtos.DocumentRequest.class);
        List<DocumentCommands.Line> lines = r.lines() == null ? null : r.lines().stream().map(l -> l == null ? null : new DocumentCommands.Line(
                l.role(), l.skuId(), l.quantity(), l.unit(), l.batch(), l.producedOn(), l.expiresOn(), l.serials(),
                l.amount(), l.weight(), l.saleDocumentId(), l.saleLine(), l.saleLeg())).toList();
        var command = new DocumentCommands.Create(tenant(ctx), r.kind(), r.date(), r.time(), r.warehouseId(),
                r.toWarehouseId(), r.purpose(), r.referenceDocumentId(), r.amount(), r.basis(), r.note(), lines,
                r.supplierId(), r.abnormalLoss());
        Http.reply(ctx, "true".equals(ctx.queryParam("post")) ? documents.createAndPost(command) : documents.create(command),
                201, InventoryViews::document);
    }

    private void redate(Context ctx) {
        InventoryDtos.RedateRequest r = Http.body(ctx, InventoryDtos.RedateRequest.class);
        Http.reply(ctx, date(r.date()).flatMap(date -> drafts.redate(tenant(ctx), Params.id(ctx, "id"), date)), 200,
                InventoryViews::document);
    }

    private static Either<StockError, LocalDate> date(String raw) {
        try {
            return Either.right(raw == null ? null : LocalDate.parse(raw.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Either.left(new StockError.Invalid("date", "an ISO date such as 2026-11-30"));
        }
    }

    private void list(Context ctx) {
        Optional<DocumentKind> kind = optional(ctx, "kind").map(k -> DocumentKind.parse(k)
                .orElseThrow(() -> ApiException.unprocessable("kind", "is not a document kind")));
        Optional<DocumentStatus> status = optional(ctx, "status").map(st -> java.util.Arrays.stream(DocumentStatus.values())
                .filter(v -> v.wire().equals(st)).findFirst()
                .orElseThrow(() -> ApiException.unprocessable("status", "must be draft, posted or cancelled")));
        Optional<Long> warehouse = optional(ctx, "warehouseId").map(w -> {
            try {
                return Long.parseLong(w);
            } catch (NumberFormatException e) {
                throw ApiException.unprocessable("warehouseId", "is not a whole number");
            }
        });
        var filter = new DocumentFilter(kind, status, warehouse, optional(ctx, "from").map(f -> Params.date(ctx, "from")),
                optional(ctx, "to").map(t -> Params.date(ctx, "to")), optional(ctx, "number"));
        Http.reply(ctx, documents.list(tenant(ctx), filter, Params.intParam(ctx, "limit", 50, 1, 200),
                Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE)), 200,
                page -> InventoryViews.page(page, InventoryViews::summary));
    }

    private static Optional<String> optional(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    private static TenantId tenant(Context ctx) {
        return Http.principal(ctx).tenant();
    }
}
