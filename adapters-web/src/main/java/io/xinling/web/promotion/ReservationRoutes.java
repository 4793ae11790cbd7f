package io.xinling.web.promotion;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.promotion.quota.ReservationService;
import io.xinling.application.promotion.quota.ReserveCommand;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;
import io.xinling.web.promotion.ReservationDtos.ReservationResponse;
import io.xinling.web.promotion.ReservationDtos.ReserveRequest;

import java.time.Duration;
import java.util.Currency;
import java.util.Optional;

/** Limits, budgets and gift stock held by unpaid orders (spec 3.11): reserve, confirm on payment, release on cancel. */
public final class ReservationRoutes implements RouteModule {

    private static final RoleGate SELL = RoleGate.of(Role.ADMIN, Role.SALES, Role.CASHIER);
    private static final String ONE = "/api/v1/promotions/reservations/{reservationId}";
    private static final long DEFAULT_TTL_SECONDS = 900;

    private final ReservationService reservations;

    public ReservationRoutes(ReservationService reservations) {
        this.reservations = reservations;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/promotions/reservations", this::reserve, SELL);
        routes.get(ONE, ctx -> Http.reply(ctx, reservations.find(tenant(ctx), Params.id(ctx, "reservationId")), 200,
                ReservationResponse::of), RoleGate.anyTenantRole());
        routes.post(ONE + "/confirm", ctx -> Http.reply(ctx, reservations.confirm(tenant(ctx),
                Params.id(ctx, "reservationId")), 200, ReservationResponse::of), SELL);
        routes.post(ONE + "/release", ctx -> Http.reply(ctx, reservations.release(tenant(ctx),
                Params.id(ctx, "reservationId")), 200, ReservationResponse::of), SELL);
        routes.get("/api/v1/promotions/schemes/{schemeId}/usage", ctx -> Http.reply(ctx,
                reservations.usage(tenant(ctx), ctx.pathParam("schemeId")), 200, list -> list.stream()
                        .map(c -> new Counter(c.resource(), c.limit(), c.used(), c.left())).toList()),
                RoleGate.anyTenantRole());
        routes.get("/api/v1/promotions/campaigns/{campaignId}/usage", ctx -> Http.reply(ctx,
                reservations.campaignUsage(tenant(ctx), ctx.pathParam("campaignId")), 200, list -> list.stream()
                        .map(c -> new Counter(c.resource(), c.limit(), c.used(), c.left())).toList()),
                RoleGate.anyTenantRole());
    }

    record Counter(String resource, long limit, long used, long left) {
    }

    private void reserve(Context ctx) {
        ReserveRequest r = Http.body(ctx, ReserveRequest.class);
        if (r.order() == null) {
            throw ApiException.unprocessable("order", "the order to price is required");
        }
        if (r.order().schemes() != null) {
            throw ApiException.unprocessable("order.schemes", "a reservation prices against the active schemes only");
        }
        Currency currency = PreviewMapper.currency(r.order());
        Optional<Money> expected = Optional.ofNullable(r.expectedTotalDue()).map(v -> Money.parse("expectedTotalDue", v,
                currency).getOrElseThrow(e -> ApiException.unprocessable("expectedTotalDue", e.message())));
        var command = new ReserveCommand(tenant(ctx), r.orderRef(), member(r),
                PreviewMapper.cart(r.order(), currency), PreviewMapper.context(r.order(), currency),
                Duration.ofSeconds(r.ttlSeconds() == null ? DEFAULT_TTL_SECONDS : r.ttlSeconds()), expected,
                Optional.of(PricedOrders.write(r.order())));
        Http.reply(ctx, reservations.reserve(command), 201, ReservationResponse::of);
    }

    /**
     * The order's customer: {@code memberId}, or the order's own {@code order.memberId} (as a preview body names it);
     * two different ids are refused rather than one of them silently pricing the order.
     */
    private static Optional<Long> member(ReserveRequest r) {
        Optional<Long> inOrder = PreviewMapper.memberId(r.order());
        if (r.memberId() == null) {
            return inOrder;
        }
        if (r.memberId() <= 0) {
            throw ApiException.unprocessable("memberId", "a positive member id");
        }
        if (inOrder.isPresent() && !inOrder.get().equals(r.memberId())) {
            throw ApiException.unprocessable("order.memberId", "names member " + inOrder.get() + " but memberId is "
                    + r.memberId());
        }
        return Optional.of(r.memberId());
    }

    private static TenantId tenant(Context ctx) {
        return Http.principal(ctx).tenant();
    }
}
