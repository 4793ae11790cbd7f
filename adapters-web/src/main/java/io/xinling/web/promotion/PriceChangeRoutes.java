package io.xinling.web.promotion;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.promotion.pricechange.CreatePriceChange;
import io.xinling.application.promotion.pricechange.PriceChange;
import io.xinling.application.promotion.pricechange.PriceChangeService;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Promotional price changes (促销调价): dated documents, approved, feeding stage S0 of every preview in their window. */
public final class PriceChangeRoutes implements RouteModule {

    private static final RoleGate MANAGE = RoleGate.of(Role.ADMIN);
    private static final String ONE = "/api/v1/promotions/price-changes/{changeId}";

    private final PriceChangeService changes;
    private final Clock clock;

    public PriceChangeRoutes(PriceChangeService changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    record CreateRequest(List<String> stores, String start, String end, List<CreatePriceChange.Line> lines, String note) {
    }

    record Line(String sku, Money price) {
    }

    /** {@code phase}: scheduled, effective or over for an approved document (UTC now), else its status. */
    record PriceChangeResponse(long id, List<String> stores, LocalDateTime start, LocalDateTime end, List<Line> lines,
                               String status, String phase, String note, Instant updatedAt) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/promotions/price-changes", this::create, MANAGE);
        routes.get("/api/v1/promotions/price-changes", ctx -> Http.json(ctx, 200, changes.list(tenant(ctx),
                Params.intParam(ctx, "limit", 100, 1, 1000)).stream().map(this::response).toList()), RoleGate.anyTenantRole());
        routes.get(ONE, ctx -> Http.reply(ctx, changes.find(tenant(ctx), Params.id(ctx, "changeId")), 200, this::response),
                RoleGate.anyTenantRole());
        routes.post(ONE + "/approve", ctx -> Http.reply(ctx, changes.approve(tenant(ctx), Params.id(ctx, "changeId")), 200,
                this::response), MANAGE);
        routes.post(ONE + "/cancel", ctx -> Http.reply(ctx, changes.cancel(tenant(ctx), Params.id(ctx, "changeId")), 200,
                this::response), MANAGE);
    }

    private void create(Context ctx) {
        CreateRequest r = Http.body(ctx, CreateRequest.class);
        Http.reply(ctx, changes.create(new CreatePriceChange(tenant(ctx), r.stores(), r.start(), r.end(), r.lines(), r.note())),
                201, this::response);
    }

    private PriceChangeResponse response(PriceChange c) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String phase = c.status() != PriceChange.Status.APPROVED ? c.status().name().toLowerCase(java.util.Locale.ROOT)
                : now.isBefore(c.start()) ? "scheduled" : c.effectiveAt(now) ? "effective" : "over";
        return new PriceChangeResponse(c.id(), c.stores().stream().sorted().toList(), c.start(), c.end(),
                c.prices().entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList(),
                c.status().name().toLowerCase(java.util.Locale.ROOT), phase, c.note(), c.updatedAt());
    }

    private static TenantId tenant(Context ctx) {
        return Http.principal(ctx).tenant();
    }
}
