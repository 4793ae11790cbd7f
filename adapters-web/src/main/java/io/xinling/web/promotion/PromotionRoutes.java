package io.xinling.web.promotion;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.promotion.PreviewPromotionsUseCase;
import io.xinling.application.promotion.PreviewPromotionsUseCase.PreviewCommand;
import io.xinling.application.promotion.PromotionPolicyService;
import io.xinling.application.promotion.SchemeService;
import io.xinling.application.promotion.StoredScheme;
import io.xinling.application.tenancy.Role;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Saved schemes with their lifecycle, and pricing a cart without side effects (促销预览). */
public final class PromotionRoutes implements RouteModule {

    private static final RoleGate MANAGE = RoleGate.of(Role.ADMIN);
    private static final String SCHEME = "/api/v1/promotions/schemes/{schemeId}";

    private final PreviewPromotionsUseCase preview;
    private final SchemeService schemes;
    private final PromotionPolicyService policies;

    public PromotionRoutes(PreviewPromotionsUseCase preview, SchemeService schemes, PromotionPolicyService policies) {
        this.preview = preview;
        this.schemes = schemes;
        this.policies = policies;
    }

    record SchemeResponse(String id, int version, String type, String status, Map<String, Object> definition,
                          Instant updatedAt) {
        static SchemeResponse of(StoredScheme s) {
            return new SchemeResponse(s.schemeId(), s.version(), s.type(), s.status().wireName(), s.definition(), s.updatedAt());
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/promotions/preview", this::preview,
                RoleGate.of(Role.ADMIN, Role.SALES, Role.CASHIER, Role.VIEWER));
        routes.post("/api/v1/promotions/schemes", this::create, MANAGE);
        routes.get("/api/v1/promotions/active", this::active, RoleGate.anyTenantRole());
        routes.get("/api/v1/promotions/policy", ctx -> Http.json(ctx, 200,
                PolicyDto.of(policies.current(Http.principal(ctx).tenant()))), RoleGate.anyTenantRole());
        routes.put("/api/v1/promotions/policy", ctx -> Http.reply(ctx, policies.replace(Http.principal(ctx).tenant(),
                Http.body(ctx, PolicyDto.class).toPolicy()), 200, PolicyDto::of), MANAGE);
        routes.get(SCHEME, ctx -> Http.reply(ctx, schemes.find(Http.principal(ctx).tenant(), ctx.pathParam("schemeId")),
                200, SchemeResponse::of), RoleGate.anyTenantRole());
        routes.post(SCHEME + "/versions", this::edit, MANAGE);
        routes.post(SCHEME + "/{action}", ctx -> Http.reply(ctx, schemes.act(Http.principal(ctx).tenant(),
                ctx.pathParam("schemeId"), ctx.pathParam("action")), 200, SchemeResponse::of), MANAGE);
    }

    private void preview(Context ctx) {
        PreviewRequest r = Http.body(ctx, PreviewRequest.class);
        Currency currency = PreviewMapper.currency(r);
        var command = new PreviewCommand(Http.principal(ctx).tenant(), PreviewMapper.cart(r, currency),
                PreviewMapper.context(r, currency), PreviewMapper.schemes(r), Optional.empty(), PreviewMapper.memberId(r),
                Optional.empty());
        Http.reply(ctx, preview.preview(command), 200, PreviewResponse::of);
    }

    private void active(Context ctx) {
        String store = ctx.queryParam("store");
        if (store == null || store.isBlank()) {
            throw ApiException.unprocessable("store", "is required");
        }
        LocalDate day = Params.date(ctx, "date");
        Http.json(ctx, 200, schemes.activeOn(Http.principal(ctx).tenant(), store, day).stream()
                .map(SchemeResponse::of).toList());
    }

    private void create(Context ctx) {
        Map<String, Object> body = new HashMap<>(Http.jsonObject(ctx));
        Object type = body.remove("type");
        if (!(type instanceof String)) {
            throw ApiException.unprocessable("type", "the rule type is required");
        }
        Http.reply(ctx, schemes.create(Http.principal(ctx).tenant(), (String) type, body), 201, SchemeResponse::of);
    }

    private void edit(Context ctx) {
        Map<String, Object> body = new HashMap<>(Http.jsonObject(ctx));
        Http.reply(ctx, schemes.edit(Http.principal(ctx).tenant(), ctx.pathParam("schemeId"), body), 201,
                SchemeResponse::of);
    }
}
