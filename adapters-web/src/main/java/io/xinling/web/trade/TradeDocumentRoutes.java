package io.xinling.web.trade;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.tenancy.Role;
import io.xinling.application.trade.TradeDocumentCommands;
import io.xinling.application.trade.TradeDocumentUseCases;
import io.xinling.application.trade.TradeInvoiceUseCases;
import io.xinling.application.trade.TradeKind;
import io.xinling.application.trade.TradeOrderUseCases;
import io.xinling.application.trade.TradeQuery;
import io.xinling.application.trade.TradeStatus;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.trade.VatRate;
import io.xinling.web.common.ApiException;
import io.xinling.web.RouteModule;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sales deliveries (销售出库), purchase receipts (采购入库), sales returns (销售退货) and purchase returns (采购退货):
 * create a draft, update it, read it, list them, post it to the stock ledger and the partner's account in one
 * transaction, cancel it (reversing both); reminders of what waits for action; sales and purchase
 * orders (销售订单, 采购订单): create, read, approve (a sales order over the credit limit is held until an
 * admin releases it), cancel; deliveries and receipts name the order and its lines they fulfil.
 */
public final class TradeDocumentRoutes implements RouteModule {

    private static final RoleGate SALES = RoleGate.of(Role.ADMIN, Role.SALES);
    private static final RoleGate PURCHASING = RoleGate.of(Role.ADMIN, Role.PURCHASING);
    private static final RoleGate READ = RoleGate.anyTenantRole();

    private static final RoleGate ADMIN = RoleGate.of(Role.ADMIN);

    private final TradeDocumentUseCases documents;
    private final TradeOrderUseCases orders;
    private final TradeInvoiceUseCases invoices;

    public TradeDocumentRoutes(TradeDocumentUseCases documents, TradeOrderUseCases orders, TradeInvoiceUseCases invoices) {
        this.documents = documents;
        this.orders = orders;
        this.invoices = invoices;
    }

    @Override
    public void register(RoutesConfig routes) {
        register(routes, "/api/v1/sales/deliveries", TradeKind.SALES_DELIVERY, SALES);
        register(routes, "/api/v1/purchases/receipts", TradeKind.PURCHASE_RECEIPT, PURCHASING);
        register(routes, "/api/v1/sales/returns", TradeKind.SALES_RETURN, SALES);
        register(routes, "/api/v1/purchases/returns", TradeKind.PURCHASE_RETURN, PURCHASING);
        orders(routes, "/api/v1/sales/orders", TradeKind.SALES_ORDER, SALES);
        orders(routes, "/api/v1/purchases/orders", TradeKind.PURCHASE_ORDER, PURCHASING);
        routes.get("/api/v1/trade/reminders", ctx -> Http.json(ctx, 200,
                TradeDocumentViews.reminders(documents.reminders(tenant(ctx)))), READ);
        routes.get("/api/v1/trade/settings", ctx -> Http.json(ctx, 200, settingsBody(documents.settings(tenant(ctx)))),
                READ);
        routes.put("/api/v1/trade/settings", this::settings, ADMIN);
        routes.get("/api/v1/trade/vat-rates", ctx -> Http.json(ctx, 200, vatRatesBody(documents.vatRates(tenant(ctx)))),
                READ);
        routes.put("/api/v1/trade/vat-rates", this::vatRates, ADMIN);
    }

    private void vatRates(Context ctx) {
        TradeDocumentDtos.VatRatesBody body = Http.body(ctx, TradeDocumentDtos.VatRatesBody.class);
        if (body.rates() == null) {
            throw ApiException.unprocessable("rates", "is required: the whole table, at least one rate");
        }
        List<VatRate> rates = new ArrayList<>();
        for (int i = 0; i < body.rates().size(); i++) {
            rates.add(vatRate("rates[" + i + "].", body.rates().get(i)));
        }
        Http.reply(ctx, documents.replaceVatRates(tenant(ctx), rates), 200, TradeDocumentRoutes::vatRatesBody);
    }

    private static VatRate vatRate(String at, TradeDocumentDtos.VatRateBody r) {
        if (r == null || r.ratePercent() == null || r.ratePercent().isBlank()) {
            throw ApiException.unprocessable(at + "ratePercent", "is required, e.g. \"13\"");
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(r.ratePercent().strip());
        } catch (NumberFormatException e) {
            throw ApiException.unprocessable(at + "ratePercent", "'" + r.ratePercent() + "' is not a decimal number");
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.stripTrailingZeros().scale() > 4) {
            throw ApiException.unprocessable(at + "ratePercent", "a percent from 0 to 100 with at most 4 decimals");
        }
        LocalDate from = WebParams.date(at + "validFrom", r.validFrom());
        Optional<LocalDate> to = r.validTo() == null ? Optional.empty() : Optional.of(WebParams.date(at + "validTo", r.validTo()));
        if (to.filter(t -> t.isBefore(from)).isPresent()) {
            throw ApiException.unprocessable(at + "validTo", "is before validFrom " + from);
        }
        return new VatRate(TaxRate.ofPercent(percent.toPlainString()), from, to);
    }

    private static TradeDocumentDtos.VatRatesBody vatRatesBody(List<VatRate> rates) {
        return new TradeDocumentDtos.VatRatesBody(rates.stream().map(r -> new TradeDocumentDtos.VatRateBody(
                r.rate().rate().percent().toPlainString(), r.validFrom().toString(),
                r.validTo().map(LocalDate::toString).orElse(null))).toList());
    }

    private void settings(Context ctx) {
        TradeDocumentDtos.SettingsBody body = Http.body(ctx, TradeDocumentDtos.SettingsBody.class);
        if (body.allowUnreferencedPurchaseReturns() == null && body.allowUnreferencedSalesReturns() == null) {
            throw ApiException.unprocessable("allowUnreferencedPurchaseReturns",
                    "this or allowUnreferencedSalesReturns is required (true or false)");
        }
        Http.json(ctx, 200, settingsBody(documents.changeSettings(tenant(ctx),
                Optional.ofNullable(body.allowUnreferencedPurchaseReturns()),
                Optional.ofNullable(body.allowUnreferencedSalesReturns()))));
    }

    private static TradeDocumentDtos.SettingsBody settingsBody(TradeDocumentUseCases.TradeSettings s) {
        return new TradeDocumentDtos.SettingsBody(s.allowUnreferencedPurchaseReturns(), s.allowUnreferencedSalesReturns());
    }

    private void orders(RoutesConfig routes, String path, TradeKind kind, RoleGate write) {
        document(routes, path, kind, write);
        routes.post(path + "/{id}/approve", ctx -> Http.reply(ctx, orders.approve(tenant(ctx), kind, Params.id(ctx, "id")),
                200, TradeDocumentViews::document), write);
        routes.post(path + "/{id}/cancel", ctx -> Http.reply(ctx, orders.cancel(tenant(ctx), kind, Params.id(ctx, "id")),
                200, TradeDocumentViews::document), write);
        if (kind == TradeKind.SALES_ORDER) {
            routes.post(path + "/{id}/release", ctx -> Http.reply(ctx, orders.release(tenant(ctx), kind,
                    Params.id(ctx, "id")), 200, TradeDocumentViews::document), ADMIN);
        }
    }

    private void document(RoutesConfig routes, String path, TradeKind kind, RoleGate write) {
        routes.post(path, ctx -> Http.reply(ctx, "true".equals(ctx.queryParam("post")) && kind.isPosting()
                ? documents.createAndPost(command(ctx, kind)) : documents.create(command(ctx, kind)), 201,
                TradeDocumentViews::document), write);
        routes.get(path, ctx -> Http.json(ctx, 200, TradeDocumentViews.page(documents.list(tenant(ctx), query(ctx, kind)))),
                READ);
        routes.put(path + "/{id}", ctx -> Http.reply(ctx, documents.update(Params.id(ctx, "id"), command(ctx, kind)), 200,
                TradeDocumentViews::document), write);
        routes.get(path + "/{id}", ctx -> Http.reply(ctx, documents.get(tenant(ctx), kind, Params.id(ctx, "id")), 200,
                TradeDocumentViews::document), READ);
    }

    private void register(RoutesConfig routes, String path, TradeKind kind, RoleGate write) {
        document(routes, path, kind, write);
        routes.post(path + "/{id}/post", ctx -> Http.reply(ctx, documents.post(tenant(ctx), kind, Params.id(ctx, "id")),
                200, TradeDocumentViews::document), write);
        routes.post(path + "/{id}/cancel", ctx -> Http.reply(ctx, documents.cancel(tenant(ctx), kind,
                Params.id(ctx, "id")), 200, TradeDocumentViews::document), write);
        routes.get(path + "/{id}/invoices", ctx -> Http.reply(ctx, invoices.invoices(tenant(ctx), kind, Params.id(ctx, "id")),
                200, list -> list.stream().map(TradeDocumentViews::invoice).toList()), READ);
        routes.post(path + "/{id}/invoices", ctx -> {
            TradeDocumentDtos.InvoiceRequest r = Http.body(ctx, TradeDocumentDtos.InvoiceRequest.class);
            Http.reply(ctx, invoices.invoice(tenant(ctx), kind, Params.id(ctx, "id"), r.number(), r.date(), r.amount(),
                    r.lines() == null ? null : r.lines().stream().map(l -> l == null ? null : new TradeInvoiceUseCases.InvoiceLine(
                            l.line(), l.net(), l.gross(), l.tax(), l.taxRatePercent())).toList()), 201,
                    TradeDocumentViews::invoice);
        }, write);
        routes.post(path + "/{id}/invoices/{invoiceId}/void", ctx -> Http.reply(ctx, invoices.voidInvoice(tenant(ctx), kind,
                Params.id(ctx, "id"), Params.id(ctx, "invoiceId")), 200, TradeDocumentViews::invoice), write);
    }

    private static TradeDocumentCommands.Create command(Context ctx, TradeKind kind) {
        TradeDocumentDtos.DocumentRequest r = Http.body(ctx, TradeDocumentDtos.DocumentRequest.class);
        boolean purchaseReturn = kind == TradeKind.PURCHASE_RETURN;
        if (purchaseReturn ? r.deliveryId() != null : r.receiptId() != null) {
            throw ApiException.unprocessable(purchaseReturn ? "deliveryId" : "receiptId",
                    purchaseReturn ? "a purchase return names the receipt (receiptId)" : "only a purchase return names a receipt");
        }
        List<TradeDocumentCommands.Line> lines = r.lines() == null ? null : new ArrayList<>();
        for (int i = 0; r.lines() != null && i < r.lines().size(); i++) {
            TradeDocumentDtos.LineRequest l = r.lines().get(i);
            if (l != null && (purchaseReturn ? l.deliveryLine() != null : l.receiptLine() != null)) {
                throw ApiException.unprocessable("lines[" + i + "]." + (purchaseReturn ? "deliveryLine" : "receiptLine"),
                        purchaseReturn ? "a purchase return line names receiptLine" : "only a purchase return line names a receipt line");
            }
            lines.add(l == null ? null : new TradeDocumentCommands.Line(l.skuId(), l.quantity(), l.unit(), l.price(),
                    l.discountPercent(), l.taxRatePercent(), l.gift(), purchaseReturn ? l.receiptLine() : l.deliveryLine(),
                    l.orderLine(), l.batch(), l.producedOn(), l.expiresOn(), l.serials()));
        }
        return new TradeDocumentCommands.Create(tenant(ctx), kind, r.partnerId(), r.warehouseId(), r.date(),
                r.currency(), r.exchangeRate(), r.priceEntry(), r.orderDiscount(),
                purchaseReturn ? r.receiptId() : r.deliveryId(), r.orderId(), r.note(), lines, r.estimated());
    }

    private static TradeQuery query(Context ctx, TradeKind kind) {
        return new TradeQuery(kind, WebParams.id(ctx, "partnerId").map(PartnerId::new),
                WebParams.enumParam(ctx, "status", TradeStatus.class), WebParams.date(ctx, "dateFrom"),
                WebParams.date(ctx, "dateTo"), WebParams.id(ctx, "warehouseId"),
                java.util.Optional.ofNullable(ctx.queryParam("number")).map(String::strip).filter(n -> !n.isEmpty()),
                Params.intParam(ctx, "limit", 50, 1, TradeQuery.MAX_LIMIT), Params.intParam(ctx, "offset", 0, 0,
                Integer.MAX_VALUE));
    }

    private static TenantId tenant(Context ctx) {
        return Http.principal(ctx).tenant();
    }
}
