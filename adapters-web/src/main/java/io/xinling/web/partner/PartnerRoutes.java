package io.xinling.web.partner;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.partner.CreatePartnerUseCase;
import io.xinling.application.partner.CreatePartnerUseCase.AddressInput;
import io.xinling.application.partner.CreatePartnerUseCase.ContactInput;
import io.xinling.application.partner.CreatePartnerUseCase.CreatePartnerCommand;
import io.xinling.application.partner.CreditUseCase;
import io.xinling.application.partner.FindPartnersUseCase;
import io.xinling.application.partner.PartnerFilter;
import io.xinling.application.tenancy.Principal;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.partner.PartnerRole;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.RoleGate;
import io.xinling.web.trade.WebParams;

import java.util.List;

/** Customers (dealers among them) and suppliers, and customer credit. */
public final class PartnerRoutes implements RouteModule {

    private final CreatePartnerUseCase create;
    private final FindPartnersUseCase find;
    private final CreditUseCase credit;

    public PartnerRoutes(CreatePartnerUseCase create, FindPartnersUseCase find, CreditUseCase credit) {
        this.create = create;
        this.find = find;
        this.credit = credit;
    }

    record CreatePartnerRequest(String code, String name, List<String> roles, String dealerLevel, String creditLimit,
                                Integer paymentTermDays, Long defaultPriceListId, List<ContactInput> contacts,
                                List<AddressInput> addresses) {
    }

    @Override
    public void register(RoutesConfig routes) {
        RoleGate writers = RoleGate.of(Role.ADMIN, Role.SALES, Role.PURCHASING, Role.ACCOUNTANT);
        routes.post("/api/v1/partners", this::create, writers);
        routes.get("/api/v1/partners", this::list, RoleGate.anyTenantRole());
        routes.get("/api/v1/partners/{partnerId}", this::get, RoleGate.anyTenantRole());
        routes.get("/api/v1/partners/{partnerId}/credit", this::credit,
                RoleGate.of(Role.ADMIN, Role.SALES, Role.ACCOUNTANT, Role.VIEWER));
    }

    private void create(Context ctx) {
        CreatePartnerRequest r = Http.body(ctx, CreatePartnerRequest.class);
        CreatePartnerCommand command = new CreatePartnerCommand(Http.principal(ctx).tenant(), r.code(), r.name(),
                r.roles(), r.dealerLevel(), r.creditLimit(), r.paymentTermDays(), r.defaultPriceListId(), r.contacts(),
                r.addresses());
        Http.reply(ctx, create.createPartner(command), 201, PartnerResponse::of);
    }

    private void list(Context ctx) {
        PartnerFilter filter = new PartnerFilter(WebParams.enumParam(ctx, "role", PartnerRole.class),
                WebParams.text(ctx, "q"), WebParams.limit(ctx), WebParams.offset(ctx));
        var partners = find.partners(Http.principal(ctx).tenant(), filter).stream().map(PartnerResponse::of).toList();
        Http.json(ctx, 200, new PartnerResponse.Page(partners, filter.limit(), filter.offset()));
    }

    private void get(Context ctx) {
        PartnerId id = WebParams.pathId(ctx, "partnerId", PartnerId::new);
        Http.reply(ctx, find.partner(Http.principal(ctx).tenant(), id), 200, PartnerResponse::of);
    }

    private void credit(Context ctx) {
        Principal p = Http.principal(ctx);
        PartnerId id = WebParams.pathId(ctx, "partnerId", PartnerId::new);
        var order = WebParams.text(ctx, "orderAmount").map(raw -> Money.parse("orderAmount", raw, Money.CNY)
                .filterOrElse(m -> !m.isNegative(), m -> null)
                .getOrElseThrow(e -> ApiException.unprocessable("orderAmount", "a non-negative CNY amount")));
        Http.reply(ctx, credit.exposure(p.tenant(), id), 200, e -> CreditResponse.of(e, order,
                order.map(o -> credit.checkOrder(p.tenant(), id, o))));
    }
}
