package io.xinling.web.accounting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.accounting.VoucherTemplatesUseCase;
import io.xinling.domain.accounting.generation.TemplateView;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;

import java.util.List;

/** 凭证模板 (3.4): the built-in voucher templates, read-only. */
public final class VoucherTemplateRoutes implements RouteModule {

    record TemplatesResponse(List<TemplateResponse> items) {
    }

    record TemplateResponse(String id, long version, String documentType, String variant, String summary,
                            boolean builtIn, List<LineResponse> lines) {
    }

    record LineResponse(String side, String account, String amount, boolean redInk, List<String> dimensions) {
    }

    private final VoucherTemplatesUseCase templates;

    public VoucherTemplateRoutes(VoucherTemplatesUseCase templates) {
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(AccountingRoutes.BASE + "/voucher-templates", this::list, AccountingRoutes.READ);
        routes.get(AccountingRoutes.BASE + "/voucher-templates/{id}", this::one, AccountingRoutes.READ);
    }

    private void list(Context ctx) {
        Http.json(ctx, 200, new TemplatesResponse(templates.list().stream().map(VoucherTemplateRoutes::response).toList()));
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        TemplateView t = templates.find(id).orElseThrow(() -> ApiException.notFound("no voucher template " + id));
        Http.json(ctx, 200, response(t));
    }

    private static TemplateResponse response(TemplateView t) {
        return new TemplateResponse(t.id(), t.version(), t.documentType(), t.variant(), t.summary(), true,
                t.lines().stream().map(l -> new LineResponse(l.side(), l.account(), l.amount(), l.red(), l.dimensions()))
                        .toList());
    }
}
