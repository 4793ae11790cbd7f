package io.xinling.web.accounting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.xinling.application.accounting.AccountingServices;
import io.xinling.application.accounting.ChartUseCase.AddSubAccountCommand;
import io.xinling.application.accounting.EditDraftUseCase.EditDraftCommand;
import io.xinling.application.accounting.EnterVoucherUseCase.EnterVoucherCommand;
import io.xinling.application.tenancy.Principal;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.settlement.PaymentMethod;
import io.xinling.web.RouteModule;
import io.xinling.web.accounting.AccountingDtos.ReverseRequest;
import io.xinling.web.accounting.AccountingDtos.SettingsRequest;
import io.xinling.web.accounting.AccountingDtos.SubAccountRequest;
import io.xinling.web.accounting.AccountingDtos.VoucherRequest;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.RoleGate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Chart, books settings and vouchers: enter, edit, delete, post, reverse, read. */
public final class AccountingRoutes implements RouteModule {

    static final String BASE = "/api/v1/accounting";
    static final RoleGate WRITE = RoleGate.of(Role.ACCOUNTANT, Role.ADMIN);
    static final RoleGate READ = RoleGate.of(Role.ACCOUNTANT, Role.ADMIN, Role.VIEWER);

    private final AccountingServices services;

    public AccountingRoutes(AccountingServices services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE + "/accounts", this::accounts, READ);
        routes.post(BASE + "/accounts", this::addAccount, WRITE);
        routes.get(BASE + "/books", this::books, READ);
        routes.get(BASE + "/payment-methods", ctx -> Http.json(ctx, 200,
                paymentMethods(services.chart().paymentAccounts(Http.principal(ctx).tenant()))), READ);
        routes.put(BASE + "/payment-methods/{method}", this::mapPaymentMethod, RoleGate.of(Role.ADMIN));
        routes.post(BASE + "/books/settings", this::settings, RoleGate.of(Role.ADMIN));
        routes.post(BASE + "/vouchers", this::enter, WRITE);
        routes.get(BASE + "/vouchers", this::list, READ);
        routes.get(BASE + "/vouchers/{id}", this::find, READ);
        routes.put(BASE + "/vouchers/{id}", this::edit, WRITE);
        routes.delete(BASE + "/vouchers/{id}", this::delete, WRITE);
        routes.post(BASE + "/vouchers/{id}/post", this::post, WRITE);
        routes.post(BASE + "/vouchers/{id}/reverse", this::reverse, WRITE);
    }

    private void accounts(Context ctx) {
        ChartOfAccounts chart = services.chart().chart(Http.principal(ctx).tenant());
        Http.json(ctx, 200, chart.accounts().stream().map(a -> AccountingDtos.account(a, chart.isLeaf(a.code()))).toList());
    }

    private void addAccount(Context ctx) {
        SubAccountRequest r = Http.body(ctx, SubAccountRequest.class);
        Http.reply(ctx, services.chart().addSubAccount(new AddSubAccountCommand(Http.principal(ctx).tenant(), r.code(), r.name(),
                r.requiredDimensions())), 201, a -> AccountingDtos.account(a, true));
    }

    private void mapPaymentMethod(Context ctx) {
        AccountingDtos.PaymentMethodRequest r = Http.body(ctx, AccountingDtos.PaymentMethodRequest.class);
        Http.reply(ctx, paymentMethod(ctx.pathParam("method")).flatMap(method -> services.chart()
                .mapPaymentMethod(Http.principal(ctx).tenant(), method, r.account())), 200, AccountingRoutes::paymentMethods);
    }

    private static Either<AccountingError, PaymentMethod> paymentMethod(String wire) {
        return Arrays.stream(PaymentMethod.values()).filter(m -> m.name().toLowerCase(Locale.ROOT).equals(wire))
                .findFirst().<Either<AccountingError, PaymentMethod>>map(Either::right)
                .orElseGet(() -> Either.left(new AccountingError.InvalidField("method", "cash, bank, wechat or alipay")));
    }

    private static List<AccountingDtos.PaymentMethodResponse> paymentMethods(Map<PaymentMethod, AccountCode> accounts) {
        return Arrays.stream(PaymentMethod.values()).map(m -> new AccountingDtos.PaymentMethodResponse(
                m.name().toLowerCase(Locale.ROOT), accounts.get(m).value())).toList();
    }

    private void books(Context ctx) {
        Http.json(ctx, 200, AccountingDtos.BooksResponse.of(services.chart().settings(Http.principal(ctx).tenant())));
    }

    private void settings(Context ctx) {
        SettingsRequest r = Http.body(ctx, SettingsRequest.class);
        if (r.allowSelfReview() == null && r.taxpayerKind() == null && r.taxLocation() == null) {
            throw ApiException.unprocessable("allowSelfReview", "one of allowSelfReview, taxpayerKind, taxLocation is required");
        }
        var tenant = Http.principal(ctx).tenant();
        var kind = r.taxpayerKind() == null ? null : io.xinling.domain.accounting.TaxpayerKind.fromWireName(r.taxpayerKind())
                .orElseThrow(() -> ApiException.unprocessable("taxpayerKind", "general or small-scale"));
        var location = r.taxLocation() == null ? null : io.xinling.domain.accounting.TaxLocation.fromWireName(r.taxLocation())
                .orElseThrow(() -> ApiException.unprocessable("taxLocation", "urban, county or other"));
        var books = services.chart().settings(tenant);
        if (kind != null || location != null) {
            var changed = services.chart().taxSettings(tenant, kind == null ? books.taxpayerKind() : kind,
                    location == null ? books.taxLocation() : location);
            if (changed.isLeft()) {
                Http.reply(ctx, changed, 200, AccountingDtos.BooksResponse::of);
                return;
            }
            books = changed.get();
        }
        if (r.allowSelfReview() != null) {
            books = services.chart().allowSelfReview(tenant, r.allowSelfReview());
        }
        Http.json(ctx, 200, AccountingDtos.BooksResponse.of(books));
    }

    private void enter(Context ctx) {
        VoucherRequest r = Http.body(ctx, VoucherRequest.class);
        amountsAsStrings(ctx);
        Principal p = Http.principal(ctx);
        Http.reply(ctx, services.vouchers().enter(new EnterVoucherCommand(p.tenant(), p.user(), r.word(), r.date(),
                r.attachmentCount(), r.lines())), 201, AccountingDtos::voucher);
    }

    private void list(Context ctx) {
        Http.json(ctx, 200, services.vouchers().list(Http.principal(ctx).tenant(), Params.date(ctx, "from"), Params.date(ctx, "to"))
                .stream().map(AccountingDtos::voucher).toList());
    }

    private void find(Context ctx) {
        Http.reply(ctx, services.vouchers().find(Http.principal(ctx).tenant(), Params.voucherId(ctx)), 200, AccountingDtos::voucher);
    }

    private void edit(Context ctx) {
        VoucherRequest r = Http.body(ctx, VoucherRequest.class);
        amountsAsStrings(ctx);
        Http.reply(ctx, services.vouchers().edit(new EditDraftCommand(Http.principal(ctx).tenant(), Params.voucherId(ctx),
                r.word(), r.date(), r.attachmentCount(), r.lines())), 200, AccountingDtos::voucher);
    }

    /**
     * A line's debit and credit are documented as decimal strings: a JSON number is refused, never coerced. Runs after
     * the typed read, which names the exact field of any other refusal (lines[0].summary).
     */
    private static void amountsAsStrings(Context ctx) {
        if (!(Http.jsonObject(ctx).get("lines") instanceof java.util.List<?> lines)) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof java.util.Map<?, ?> line) {
                for (String side : java.util.List.of("debit", "credit")) {
                    Object value = line.get(side);
                    if (value != null && !(value instanceof String)) {
                        throw ApiException.unprocessable("lines[" + i + "]." + side,
                                "a decimal string such as \"100.00\", not a JSON " + (value instanceof Number ? "number" : "value"));
                    }
                }
            }
        }
    }

    private void delete(Context ctx) {
        Http.reply(ctx, services.vouchers().delete(Http.principal(ctx).tenant(), Params.voucherId(ctx)), 200,
                id -> Map.of("id", id.value(), "deleted", true));
    }

    private void post(Context ctx) {
        Principal p = Http.principal(ctx);
        Http.reply(ctx, services.posting().post(p.tenant(), Params.voucherId(ctx), p.user()), 200, AccountingDtos::voucher);
    }

    private void reverse(Context ctx) {
        ReverseRequest r = Http.body(ctx, ReverseRequest.class);
        Principal p = Http.principal(ctx);
        Http.reply(ctx, services.posting().reverse(p.tenant(), Params.voucherId(ctx), r.date(), p.user()), 201,
                AccountingDtos::voucher);
    }
}
