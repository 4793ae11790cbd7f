package io.xinling.web.trade;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.tenancy.Role;
import io.xinling.application.trade.CalculateLineAmountsUseCase;
import io.xinling.application.trade.CalculateLineAmountsUseCase.CalculateCommand;
import io.xinling.application.trade.CalculateLineAmountsUseCase.LineText;
import io.xinling.domain.trade.DocumentAmounts;
import io.xinling.domain.trade.LineAmounts;
import io.xinling.web.RouteModule;
import io.xinling.web.common.Http;
import io.xinling.web.common.RoleGate;

import java.util.List;

/** Line amounts of a document before it is saved: what purchase and sales entry screens show. */
public final class TradeRoutes implements RouteModule {

    private final CalculateLineAmountsUseCase calculate;

    public TradeRoutes(CalculateLineAmountsUseCase calculate) {
        this.calculate = calculate;
    }

    record LineRequest(Long sku, String quantity, String price, String discountPercent, String taxRatePercent,
                       Boolean gift) {
    }

    record LineAmountsRequest(String currency, String exchangeRate, String priceEntry, String orderDiscount,
                              List<LineRequest> lines) {
    }

    record LineBody(String amount, String lineDiscount, String orderDiscount, String net, String tax, String gross) {
    }

    record AmountsBody(String currency, String exchangeRate, List<LineBody> lines, String net, String tax, String gross,
                       String bookNet, String bookTax, String bookGross) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/trade/line-amounts", this::calculate,
                RoleGate.of(Role.ADMIN, Role.SALES, Role.PURCHASING, Role.CASHIER, Role.ACCOUNTANT));
    }

    private void calculate(Context ctx) {
        LineAmountsRequest r = Http.body(ctx, LineAmountsRequest.class);
        List<LineText> lines = r.lines() == null ? null : r.lines().stream().map(l -> l == null ? null
                : new LineText(l.sku(), l.quantity(), l.price(), l.discountPercent(), l.taxRatePercent(), l.gift())).toList();
        var command = new CalculateCommand(r.currency(), r.exchangeRate(), r.priceEntry(), r.orderDiscount(), lines);
        Http.reply(ctx, calculate.calculate(command), 200, TradeRoutes::toBody);
    }

    private static AmountsBody toBody(DocumentAmounts d) {
        List<LineBody> lines = d.lines().stream().map(TradeRoutes::line).toList();
        return new AmountsBody(d.rate().currency().getCurrencyCode(), d.rate().format(), lines, d.net().format(),
                d.tax().format(), d.gross().format(), d.bookNet().format(), d.bookTax().format(), d.bookGross().format());
    }

    private static LineBody line(LineAmounts l) {
        return new LineBody(l.amount().format(), l.lineDiscount().format(), l.orderDiscount().format(), l.net().format(),
                l.tax().format(), l.gross().format());
    }
}
