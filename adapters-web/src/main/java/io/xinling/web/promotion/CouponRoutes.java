package io.xinling.web.promotion;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.promotion.CouponCommands;
import io.xinling.application.promotion.CouponUseCases;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Coupons (礼券): types, batches of generated codes, issuing, and reserve → redeem | release → give back. */
public final class CouponRoutes implements RouteModule {

    private static final RoleGate SETUP = RoleGate.of(Role.ADMIN);
    private static final RoleGate ISSUE = RoleGate.of(Role.ADMIN, Role.SALES, Role.CASHIER);
    private static final RoleGate REDEEM = RoleGate.of(Role.ADMIN, Role.SALES, Role.CASHIER);
    private static final String CODE = "/api/v1/coupons/{code}";
    private static final long DEFAULT_TTL_SECONDS = 900;

    private final CouponUseCases coupons;
    private final Clock clock;
    private final CouponMapper mapper = CouponMapper.INSTANCE;

    public CouponRoutes(CouponUseCases coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/coupon-types", this::createType, SETUP);
        routes.get("/api/v1/coupon-types/{typeId}", ctx -> Http.reply(ctx,
                coupons.findType(tenant(ctx), Params.id(ctx, "typeId")), 200, mapper::toResponse), RoleGate.anyTenantRole());
        routes.post("/api/v1/coupon-types/{typeId}/batches", this::generate, SETUP);
        routes.get("/api/v1/coupon-batches/{batchId}", ctx -> Http.reply(ctx,
                coupons.findBatch(tenant(ctx), Params.id(ctx, "batchId")), 200, mapper::toResponse), SETUP);
        routes.get("/api/v1/coupon-batches/{batchId}/codes", this::codes, SETUP);
        routes.get(CODE, ctx -> Http.reply(ctx, coupons.find(tenant(ctx), ctx.pathParam("code")), 200, this::coupon),
                RoleGate.anyTenantRole());
        routes.post(CODE + "/issue", this::issue, ISSUE);
        routes.post(CODE + "/reserve", this::reserve, REDEEM);
        routes.post(CODE + "/redeem", ctx -> Http.reply(ctx, coupons.redeem(order(ctx)), 200, this::coupon), REDEEM);
        routes.post(CODE + "/release", ctx -> Http.reply(ctx, coupons.release(order(ctx)), 200, this::coupon), REDEEM);
        routes.post(CODE + "/give-back", ctx -> Http.reply(ctx, coupons.giveBack(order(ctx)), 200, this::coupon), REDEEM);
        routes.post(CODE + "/void", ctx -> Http.reply(ctx, coupons.voidCoupon(tenant(ctx), ctx.pathParam("code")), 200,
                this::coupon), SETUP);
    }

    private void createType(Context ctx) {
        CouponDtos.CouponTypeRequest r = Http.body(ctx, CouponDtos.CouponTypeRequest.class);
        var command = new CouponCommands.CreateType(tenant(ctx), r.name(), r.kind(), r.parameters(),
                Optional.ofNullable(r.validFrom()), Optional.ofNullable(r.validTo()), Optional.ofNullable(r.validDays()),
                Optional.ofNullable(r.holdLimit()), Boolean.TRUE.equals(r.transferable()),
                Boolean.TRUE.equals(r.returnable()), Optional.ofNullable(r.faceValue()));
        Http.reply(ctx, coupons.createType(command), 201, mapper::toResponse);
    }

    private void generate(Context ctx) {
        CouponDtos.BatchRequest r = Http.body(ctx, CouponDtos.BatchRequest.class);
        if (r.count() == null) {
            throw ApiException.unprocessable("count", "is required");
        }
        var command = new CouponCommands.GenerateBatch(tenant(ctx), Params.id(ctx, "typeId"), r.count(), r.prefix());
        Http.reply(ctx, coupons.generate(command), 201, mapper::toResponse);
    }

    private void codes(Context ctx) {
        int limit = Params.intParam(ctx, "limit", 100, 1, 1000);
        int offset = Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        Http.reply(ctx, coupons.codesOfBatch(tenant(ctx), Params.id(ctx, "batchId"), limit, offset), 200,
                list -> list.stream().map(this::coupon).toList());
    }

    private void issue(Context ctx) {
        CouponDtos.IssueRequest r = Http.body(ctx, CouponDtos.IssueRequest.class);
        if (r.memberId() == null || r.memberId() <= 0) {
            throw ApiException.unprocessable("memberId", "a positive member id is required");
        }
        Http.reply(ctx, coupons.issue(new CouponCommands.Issue(tenant(ctx), ctx.pathParam("code"), r.memberId())), 200,
                this::coupon);
    }

    private void reserve(Context ctx) {
        CouponDtos.ReserveRequest r = Http.body(ctx, CouponDtos.ReserveRequest.class);
        Duration ttl = Duration.ofSeconds(r.ttlSeconds() == null ? DEFAULT_TTL_SECONDS : r.ttlSeconds());
        var command = new CouponCommands.Reserve(tenant(ctx), ctx.pathParam("code"), r.orderRef(),
                Optional.ofNullable(r.memberId()), ttl);
        Http.reply(ctx, coupons.reserve(command), 200, this::coupon);
    }

    private CouponCommands.OrderAction order(Context ctx) {
        CouponDtos.OrderRequest r = Http.body(ctx, CouponDtos.OrderRequest.class);
        return new CouponCommands.OrderAction(tenant(ctx), ctx.pathParam("code"), r.orderRef());
    }

    private CouponDtos.CouponResponse coupon(io.xinling.domain.promotion.coupon.Coupon c) {
        return mapper.toResponse(c, clock.instant());
    }

    private static TenantId tenant(Context ctx) {
        return Http.principal(ctx).tenant();
    }
}
