package io.xinling.web.accounting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.xinling.application.accounting.VoucherTemplatesUseCase;
import io.xinling.application.accounting.VoucherTemplatesUseCase.EditTemplateCommand;
import io.xinling.application.tenancy.Principal;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.generation.TemplateView;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;

import java.util.List;
import java.util.Optional;

/**
 * 凭证模板 (3.4): the voucher templates as the tenant has them; an accountant or admin books a template's lines to other
 * accounts and changes its summary (each edit a new version), or resets it to the built-in one.
 */
public final class VoucherTemplateRoutes implements RouteModule {

    record TemplatesResponse(List<TemplateResponse> items) {
    }

    record TemplateResponse(String id, long version, String documentType, String variant, String summary,
                            boolean builtIn, List<LineResponse> lines) {
    }

    record LineResponse(String side, String account, String amount, boolean redInk, List<String> dimensions,
                        boolean editable) {
    }

    /** An edit: one entry per line, in order; a line without {@code account} keeps its account. */
    record EditRequest(String summary, List<LineRequest> lines) {
    }

    record LineRequest(String account) {
    }

    private final VoucherTemplatesUseCase templates;

    public VoucherTemplateRoutes(VoucherTemplatesUseCase templates) {
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        String path = AccountingRoutes.BASE + "/voucher-templates";
        routes.get(path, this::list, AccountingRoutes.READ);
        routes.get(path + "/{id}", this::one, AccountingRoutes.READ);
        routes.get(path + "/{id}/versions", this::versions, AccountingRoutes.READ);
        routes.put(path + "/{id}", this::edit, AccountingRoutes.WRITE);
        routes.delete(path + "/{id}", this::reset, AccountingRoutes.WRITE);
    }

    private void list(Context ctx) {
        Http.json(ctx, 200, new TemplatesResponse(templates.list(Http.principal(ctx).tenant()).stream()
                .map(VoucherTemplateRoutes::response).toList()));
    }

    private void one(Context ctx) {
        Http.reply(ctx, found(templates.find(Http.principal(ctx).tenant(), ctx.pathParam("id"))), 200,
                VoucherTemplateRoutes::response);
    }

    private void versions(Context ctx) {
        Http.reply(ctx, found(templates.versions(Http.principal(ctx).tenant(), ctx.pathParam("id"))), 200,
                all -> new TemplatesResponse(all.stream().map(VoucherTemplateRoutes::response).toList()));
    }

    private void edit(Context ctx) {
        EditRequest r = Http.body(ctx, EditRequest.class);
        if (r.lines() == null) {
            throw ApiException.unprocessable("lines", "one entry per template line, in order");
        }
        Principal p = Http.principal(ctx);
        List<Optional<String>> accounts = r.lines().stream()
                .map(l -> l == null ? Optional.<String>empty() : Optional.ofNullable(l.account())).toList();
        Http.reply(ctx, found(templates.edit(new EditTemplateCommand(p.tenant(), p.user(), ctx.pathParam("id"),
                Optional.ofNullable(r.summary()), accounts))), 200, VoucherTemplateRoutes::response);
    }

    private void reset(Context ctx) {
        Principal p = Http.principal(ctx);
        Http.reply(ctx, found(templates.reset(p.tenant(), p.user(), ctx.pathParam("id"))), 200,
                VoucherTemplateRoutes::response);
    }

    /** An unknown template is the generic 404 {@code not-found}, as it was before templates could be edited. */
    private static <T> Either<AccountingError, T> found(Either<AccountingError, T> result) {
        if (result.isLeft() && result.getLeft() instanceof AccountingError.TemplateNotFound missing) {
            throw ApiException.notFound(missing.message());
        }
        return result;
    }

    private static TemplateResponse response(TemplateView t) {
        return new TemplateResponse(t.id(), t.version(), t.documentType(), t.variant(), t.summary(), t.builtIn(),
                t.lines().stream().map(l -> new LineResponse(l.side(), l.account(), l.amount(), l.red(), l.dimensions(),
                        l.editable())).toList());
    }
}
