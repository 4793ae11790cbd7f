package io.xinling.web.promotion;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.promotion.PromotionReturnService;
import io.xinling.application.promotion.PromotionReturnService.ReturnCommand;
import io.xinling.application.promotion.PromotionReturnService.StoredReturnCommand;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.returns.PriorReturn;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refunds of a return against a priced order (spec 3.15): cash per line, gifts, points and coupons to restore; either
 * for an order the client sends as it was priced, by its reference, or against a paid reservation, whose kept order,
 * scheme versions and earlier returns the service reads itself. Either way the return is recorded.
 */
public final class PromotionReturnRoutes implements RouteModule {

    private final PromotionReturnService returns;

    public PromotionReturnRoutes(PromotionReturnService returns) {
        this.returns = returns;
    }

    /** {@code order}: a preview body with the scheme versions it was priced with; {@code returning}: units by line number. */
    record ReturnRequest(PreviewRequest order, String orderRef, Map<String, String> returning, List<Integer> giftsReturned,
                         Map<String, Prior> prior) {
    }

    record Prior(String quantity, String refunded, Long points, String withheld) {
    }

    /** A return against a paid reservation's kept order: units by line number, and the gifts handed back. */
    record StoredReturnRequest(Map<String, String> returning, List<Integer> giftsReturned) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/promotions/returns", this::refund, RoleGate.of(Role.ADMIN, Role.SALES, Role.CASHIER));
        routes.post("/api/v1/promotions/reservations/{reservationId}/returns", this::refundStored,
                RoleGate.of(Role.ADMIN, Role.SALES, Role.CASHIER));
    }

    private void refund(Context ctx) {
        ReturnRequest r = Http.body(ctx, ReturnRequest.class);
        if (r.order() == null || r.order().schemes() == null) {
            throw ApiException.unprocessable("order.schemes", "the order as priced, with the scheme versions it used, is required");
        }
        if (r.returning() == null || r.returning().isEmpty()) {
            throw ApiException.unprocessable("returning", "the units returned, by line number, are required");
        }
        if (r.orderRef() == null || r.orderRef().isBlank() || r.orderRef().length() > 100) {
            throw ApiException.unprocessable("orderRef", "is required (1 to 100 characters): the return is recorded against it");
        }
        Currency currency = PreviewMapper.currency(r.order());
        var command = new ReturnCommand(Http.principal(ctx).tenant(), PreviewMapper.cart(r.order(), currency),
                PreviewMapper.context(r.order(), currency), PreviewMapper.schemes(r.order()).orElseThrow(),
                PreviewMapper.memberId(r.order()), Optional.ofNullable(r.orderRef()).map(String::strip),
                quantities(r.returning()), gifts(r.giftsReturned()),
                prior(r.prior(), currency));
        Http.reply(ctx, returns.refund(command, PricedOrders.canonical(r.order()), PricedOrders::read), 200, result -> result);
    }

    private void refundStored(Context ctx) {
        StoredReturnRequest r = Http.body(ctx, StoredReturnRequest.class);
        if (r.returning() == null || r.returning().isEmpty()) {
            throw ApiException.unprocessable("returning", "the units returned, by line number, are required");
        }
        var command = new StoredReturnCommand(Http.principal(ctx).tenant(), Params.id(ctx, "reservationId"),
                quantities(r.returning()), gifts(r.giftsReturned()));
        Http.reply(ctx, returns.refundStored(command, PricedOrders::read), 200, result -> result);
    }

    /** The gift line numbers handed back (a null among them was refused as the JSON was read: Json). */
    private static Set<Integer> gifts(List<Integer> lines) {
        return lines == null ? Set.of() : new HashSet<>(lines);
    }

    private static Map<Integer, Quantity> quantities(Map<String, String> byLine) {
        Map<Integer, Quantity> out = new HashMap<>();
        byLine.forEach((line, qty) -> out.put(lineNo("returning", line), Quantity.parse("returning." + line, qty)
                .getOrElseThrow(e -> ApiException.unprocessable("returning." + line, e.message()))));
        return out;
    }

    private static Map<Integer, PriorReturn> prior(Map<String, Prior> byLine, Currency currency) {
        Map<Integer, PriorReturn> out = new HashMap<>();
        if (byLine == null) {
            return out;
        }
        byLine.forEach((line, p) -> {
            String at = "prior." + line;
            Quantity q = Quantity.parse(at + ".quantity", p.quantity() == null ? "0" : p.quantity())
                    .getOrElseThrow(e -> ApiException.unprocessable(at + ".quantity", e.message()));
            Money refunded = Money.parse(at + ".refunded", p.refunded() == null ? "0" : p.refunded(), currency)
                    .getOrElseThrow(e -> ApiException.unprocessable(at + ".refunded", e.message()));
            Money withheld = Money.parse(at + ".withheld", p.withheld() == null ? "0" : p.withheld(), currency)
                    .getOrElseThrow(e -> ApiException.unprocessable(at + ".withheld", e.message()));
            long points = p.points() == null ? 0 : p.points();
            if (q.isNegative() || refunded.isNegative() || points < 0 || withheld.isNegative()) {
                throw ApiException.unprocessable(at, "must not be negative");
            }
            out.put(lineNo("prior", line), new PriorReturn(q, refunded, points, withheld));
        });
        return out;
    }

    private static int lineNo(String field, String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.unprocessable(field + "." + text, "keys are line numbers from 1");
    }
}
