package io.xinling.web.trade;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.tenancy.Role;
import io.xinling.application.trade.TradeDocumentCommands;
import io.xinling.application.trade.TradeDocumentUseCases;
import io.xinling.application.trade.TradeKind;
import io.xinling.application.trade.TradeOrderUseCases;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.Http;
import io.xinling.web.common.Params;
import io.xinling.web.common.RoleGate;

import java.util.List;

/**
 * Sales deliveries (销售出库), purchase receipts (采购入库) and sales returns (销售退货): create a draft,
 * read it, post it to the stock ledger and the partner's account in one transaction; sales and purchase
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

    public TradeDocumentRoutes(TradeDocumentUseCases documents, TradeOrderUseCases orders) {
        this.documents = documents;
        this.orders = orders;
    }

    @Override
    public void register(RoutesConfig routes) {
        register(routes, "/api/v1/sales/deliveries", TradeKind.SALES_DELIVERY, SALES);
        register(routes, "/api/v1/purchases/receipts", TradeKind.PURCHASE_RECEIPT, PURCHASING);
        register(routes, "/api/v1/sales/returns", TradeKind.SALES_RETURN, SALES);
        orders(routes, "/api/v1/sales/orders", TradeKind.SALES_ORDER, SALES);
        orders(routes, "/api/v1/purchases/orders", TradeKind.PURCHASE_ORDER, PURCHASING);
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
        routes.post(path, ctx -> create(ctx, kind), write);
        routes.get(path + "/{id}", ctx -> Http.reply(ctx, documents.get(tenant(ctx), kind, Params.id(ctx, "id")), 200,
                TradeDocumentViews::document), READ);
    }

    private void register(RoutesConfig routes, String path, TradeKind kind, RoleGate write) {
        document(routes, path, kind, write);
        routes.post(path + "/{id}/post", ctx -> Http.reply(ctx, documents.post(tenant(ctx), kind, Params.id(ctx, "id")),
                200, TradeDocumentViews::document), write);
    }

    private void create(Context ctx, TradeKind kind) {
        TradeDocumentDtos.DocumentRequest r = Http.body(ctx, TradeDocumentDtos.DocumentRequest.class);
        List<TradeDocumentCommands.Line> lines = r.lines() == null ? null : r.lines().stream().map(l -> l == null ? null
                : new TradeDocumentCommands.Line(l.skuId(), l.quantity(), l.unit(), l.price(), l.discountPercent(),
                        l.taxRatePercent(), l.gift(), l.deliveryLine(), l.orderLine())).toList();
        var command = new TradeDocumentCommands.Create(tenant(ctx), kind, r.partnerId(), r.warehouseId(), r.date(),
                r.currency(), r.exchangeRate(), r.priceEntry(), r.orderDiscount(), r.deliveryId(), r.orderId(), r.note(),
                lines);
        Http.reply(ctx, documents.create(command), 201, TradeDocumentViews::document);
    }

    private static TenantId tenant(Context ctx) {
        return Http.principal(ctx).tenant();
    }
}
