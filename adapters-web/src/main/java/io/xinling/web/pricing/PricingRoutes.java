package io.xinling.web.pricing;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.pricing.PriceListsUseCase;
import io.xinling.application.pricing.PriceListsUseCase.CreatePriceListCommand;
import io.xinling.application.pricing.PriceListsUseCase.PriceInput;
import io.xinling.application.pricing.PriceLookupUseCase;
import io.xinling.application.pricing.PriceLookupUseCase.LookupPriceCommand;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.pricing.PriceListId;
import io.xinling.domain.pricing.PriceListKind;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.RoleGate;
import io.xinling.web.trade.WebParams;

import java.util.List;
import java.util.Optional;

/** Price lists, the tenant's price-resolution order (取价规则) and explained price lookups. */
public final class PricingRoutes implements RouteModule {

    private final PriceListsUseCase lists;
    private final PriceLookupUseCase lookup;

    public PricingRoutes(PriceListsUseCase lists, PriceLookupUseCase lookup) {
        this.lists = lists;
        this.lookup = lookup;
    }

    record CreatePriceListRequest(String name, String kind, String target, String currency, Boolean taxInclusive,
                                  String validFrom, String validTo, List<PriceInput> prices) {
    }

    record ResolutionOrderRequest(List<String> kinds) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/price-lists", this::create, RoleGate.of(Role.ADMIN, Role.SALES, Role.PURCHASING));
        routes.get("/api/v1/price-lists", this::list, RoleGate.anyTenantRole());
        routes.get("/api/v1/price-lists/{priceListId}", this::get, RoleGate.anyTenantRole());
        routes.get("/api/v1/pricing/resolution-order", this::order, RoleGate.anyTenantRole());
        routes.put("/api/v1/pricing/resolution-order", this::setOrder, RoleGate.of(Role.ADMIN));
        routes.get("/api/v1/pricing/lookup", this::lookup, RoleGate.anyTenantRole());
    }

    private void create(Context ctx) {
        CreatePriceListRequest r = Http.body(ctx, CreatePriceListRequest.class);
        var command = new CreatePriceListCommand(Http.principal(ctx).tenant(), r.name(),
                WebParams.enumValue("kind", r.kind(), PriceListKind.class), r.target(), r.currency(),
                r.taxInclusive() == null || r.taxInclusive(),
                Optional.ofNullable(r.validFrom()).map(d -> WebParams.date("validFrom", d)),
                Optional.ofNullable(r.validTo()).map(d -> WebParams.date("validTo", d)), r.prices());
        Http.reply(ctx, lists.createPriceList(command), 201, PricingResponses::priceList);
    }

    private void list(Context ctx) {
        int limit = WebParams.limit(ctx);
        int offset = WebParams.offset(ctx);
        var page = lists.priceLists(Http.principal(ctx).tenant(), WebParams.enumParam(ctx, "kind", PriceListKind.class),
                limit, offset).stream().map(PricingResponses::summary).toList();
        Http.json(ctx, 200, new PricingResponses.Page(page, limit, offset));
    }

    private void get(Context ctx) {
        PriceListId id = WebParams.pathId(ctx, "priceListId", PriceListId::new);
        Http.reply(ctx, lists.priceList(Http.principal(ctx).tenant(), id), 200, PricingResponses::priceList);
    }

    private void order(Context ctx) {
        Http.json(ctx, 200, PricingResponses.order(lookup.resolutionOrder(Http.principal(ctx).tenant())));
    }

    private void setOrder(Context ctx) {
        ResolutionOrderRequest r = Http.body(ctx, ResolutionOrderRequest.class);
        Http.reply(ctx, lookup.setResolutionOrder(Http.principal(ctx).tenant(), r.kinds()), 200, PricingResponses::order);
    }

    private void lookup(Context ctx) {
        TenantId tenant = Http.principal(ctx).tenant();
        long sku = WebParams.id(ctx, "sku").orElseThrow(() -> ApiException.unprocessable("sku", "is required"));
        var command = new LookupPriceCommand(tenant, sku, WebParams.requiredDate(ctx, "date"),
                WebParams.id(ctx, "customerId"), WebParams.text(ctx, "storeId"));
        Http.reply(ctx, lookup.lookup(command), 200, PricingResponses::resolution);
    }
}
