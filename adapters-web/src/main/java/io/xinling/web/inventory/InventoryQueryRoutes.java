package io.xinling.web.inventory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.inventory.InventoryQueryUseCases;
import io.xinling.application.inventory.StockControlUseCases;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Stock balances at a date, movement history, serial trace, expiring batches, reservations, closed months. */
public final class InventoryQueryRoutes implements RouteModule {

    private static final RoleGate READ = RoleGate.anyTenantRole();
    private static final RoleGate RESERVE = RoleGate.of(Role.ADMIN, Role.WAREHOUSE, Role.SALES);

    private final InventoryQueryUseCases queries;
    private final StockControlUseCases control;
    private final Clock clock;

    public InventoryQueryRoutes(InventoryQueryUseCases queries, StockControlUseCases control, Clock clock) {
        this.queries = queries;
        this.control = control;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/inventory/balances", ctx -> Http.reply(ctx, queries.balances(tenant(ctx),
                date(ctx, "date").orElse(LocalDate.now(clock)), longParam(ctx, "warehouseId"), longParam(ctx, "skuId")),
                200, rows -> InventoryViews.all(rows, InventoryViews::balance)), READ);
        routes.get("/api/v1/inventory/movements", ctx -> Http.reply(ctx, queries.movements(tenant(ctx),
                longParam(ctx, "skuId").orElseThrow(() -> ApiException.unprocessable("skuId", "is required")),
                longParam(ctx, "warehouseId")), 200, rows -> InventoryViews.all(rows, InventoryViews::movement)), READ);
        routes.get("/api/v1/inventory/serials/{sn}/trace", ctx -> Http.reply(ctx, queries.serialTrace(tenant(ctx),
                ctx.pathParam("sn")), 200, rows -> InventoryViews.all(rows, InventoryViews::movement)), READ);
        routes.get("/api/v1/inventory/serials/{sn}/state", ctx -> Http.reply(ctx, queries.serialState(tenant(ctx),
                ctx.pathParam("sn")), 200, rows -> InventoryViews.all(rows, InventoryViews::serialState)), READ);
        routes.get("/api/v1/inventory/batches/fefo", ctx -> Http.reply(ctx, queries.fefo(tenant(ctx),
                longParam(ctx, "warehouseId").orElseThrow(() -> ApiException.unprocessable("warehouseId", "is required")),
                longParam(ctx, "skuId").orElseThrow(() -> ApiException.unprocessable("skuId", "is required")),
                Optional.ofNullable(ctx.queryParam("quantity")).orElseThrow(() -> ApiException.unprocessable("quantity",
                        "is required")), Optional.ofNullable(ctx.queryParam("unit"))), 200,
                rows -> InventoryViews.all(rows, InventoryViews::fefoPick)), READ);
        routes.get("/api/v1/inventory/batches/expiring", ctx -> Http.reply(ctx, queries.expiring(tenant(ctx),
                date(ctx, "before").orElse(LocalDate.now(clock).plusDays(30))), 200,
                rows -> InventoryViews.all(rows, InventoryViews::expiring)), READ);
        routes.get("/api/v1/inventory/reservations", ctx -> Http.reply(ctx, queries.availability(tenant(ctx),
                longParam(ctx, "warehouseId"), longParam(ctx, "skuId")), 200,
                rows -> InventoryViews.all(rows, InventoryViews::availability)), READ);
        routes.post("/api/v1/inventory/reservations", this::reserve, RESERVE);
        routes.post("/api/v1/inventory/reservations/{id}/release", ctx -> Http.reply(ctx,
                control.release(tenant(ctx), Params.id(ctx, "id")), 200, ok -> new InventoryDtos.ReservationResponse(
                        Params.id(ctx, "id"))), RESERVE);
    }

    private void reserve(Context ctx) {
        InventoryDtos.ReservationRequest r = Http.body(ctx, InventoryDtos.ReservationRequest.class);
        if (r.warehouseId() == null || r.warehouseId() <= 0) {
            throw ApiException.unprocessable("warehouseId", "is required: a positive whole number (an id)");
        }
        if (r.skuId() == null || r.skuId() <= 0) {
            throw ApiException.unprocessable("skuId", "is required: a positive whole number (an id)");
        }
        Http.reply(ctx, control.reserve(tenant(ctx), r.warehouseId(), r.skuId(), r.quantity(), r.reference()), 201,
                InventoryDtos.ReservationResponse::new);
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        try {
            return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(raw.strip()));
        } catch (DateTimeParseException e) {
            throw ApiException.unprocessable(name, "is not a date (yyyy-MM-dd)");
        }
    }

    /** An optional id in the query: a positive whole number, or a 422 naming the parameter. */
    private static Optional<Long> longParam(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return Optional.of(id);
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ApiException.unprocessable(name, "must be a positive whole number (an id)");
    }

    private static TenantId tenant(Context ctx) {
        return Http.principal(ctx).tenant();
    }
}
