package io.xinling.web.accounting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.xinling.application.accounting.AccountingServices;
import io.xinling.application.accounting.LedgerQuery;
import io.xinling.application.tenancy.Principal;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.CloseWaiver;
import io.xinling.domain.accounting.report.VatReturn;
import io.xinling.web.RouteModule;
import io.xinling.web.accounting.AccountingDtos.ReopenRequest;
import io.xinling.web.accounting.AccountingDtos.StatementLine;
import io.xinling.web.accounting.AccountingDtos.StatementResponse;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.RoleGate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.xinling.web.accounting.AccountingRoutes.BASE;
import static io.xinling.web.accounting.AccountingRoutes.READ;
import static io.xinling.web.accounting.AccountingRoutes.WRITE;

/** Periods (renumber, close, reopen), trial balance, ledgers, statements and the ledger-cli export. */
public final class LedgerRoutes implements RouteModule {

    private final AccountingServices services;

    public LedgerRoutes(AccountingServices services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(BASE + "/periods/{period}/renumber", this::renumber, WRITE);
        routes.post(BASE + "/periods/{period}/close", this::close, WRITE);
        routes.get(BASE + "/periods/{period}/close", this::closeReport, READ);
        routes.post(BASE + "/periods/{period}/reopen", this::reopen, RoleGate.of(Role.ADMIN));
        routes.get(BASE + "/trial-balance", this::trialBalance, READ);
        routes.get(BASE + "/general-ledger", this::generalLedger, READ);
        routes.get(BASE + "/detail-ledger", this::detailLedger, READ);
        routes.get(BASE + "/reports/balance-sheet", ctx -> statement(ctx, true), READ);
        routes.get(BASE + "/reports/income-statement", ctx -> statement(ctx, false), READ);
        routes.get(BASE + "/reports/cash-flow", this::cashFlow, READ);
        routes.get(BASE + "/tax/vat-return", this::vatReturn, READ);
        routes.get("/api/v1/ledger/export", this::export, READ);
    }

    private void renumber(Context ctx) {
        YearMonth period = Params.period("period", ctx.pathParam("period"));
        Http.reply(ctx, services.vouchers().renumber(Http.principal(ctx).tenant(), period), 200,
                changed -> Map.of("period", period.toString(), "renumbered", changed));
    }

    private void close(Context ctx) {
        Principal p = Http.principal(ctx);
        String body = ctx.body();
        AccountingDtos.CloseRequest request = body == null || body.isBlank() ? new AccountingDtos.CloseRequest(Map.of(), List.of())
                : Http.body(ctx, AccountingDtos.CloseRequest.class);
        Map<java.util.Currency, java.math.BigDecimal> rates = new java.util.HashMap<>();
        (request.closingRates() == null ? Map.<String, String>of() : request.closingRates()).forEach((code, rate) -> {
            try {
                java.math.BigDecimal value = new java.math.BigDecimal(rate == null ? "" : rate.strip());
                if (value.signum() <= 0 || value.scale() > 6) {
                    throw new NumberFormatException();
                }
                rates.put(java.util.Currency.getInstance(code), value);
            } catch (IllegalArgumentException e) {
                throw ApiException.unprocessable("closingRates." + code, "an ISO 4217 code and a positive rate with at most 6 decimals");
            }
        });
        YearMonth period = Params.period("period", ctx.pathParam("period"));
        Http.reply(ctx, waivers(request, p).flatMap(w -> services.periods().close(p.tenant(), period, p.user(), rates, w)), 200,
                r -> new CloseResponse(r.period().toString(), r.carryForward().map(AccountingDtos::voucher).orElse(null), r.warnings(),
                        r.periodEnd().stream().map(AccountingDtos::voucher).toList(),
                        r.waived().stream().map(AccountingDtos.WaiverResponse::of).toList()));
    }

    private static Either<AccountingError, List<CloseWaiver>> waivers(AccountingDtos.CloseRequest request, Principal p) {
        List<AccountingDtos.WaiverRequest> asked = request.waivers() == null ? List.of() : request.waivers();
        List<CloseWaiver> out = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            AccountingDtos.WaiverRequest w = asked.get(i);
            var waiver = w == null ? CloseWaiver.of(i, null, null, p.user()) : CloseWaiver.of(i, w.gate(), w.reason(), p.user());
            if (waiver.isLeft()) {
                return Either.left(waiver.getLeft());
            }
            out.add(waiver.get());
        }
        return Either.right(out);
    }

    private void closeReport(Context ctx) {
        var r = services.periods().closeReport(Http.principal(ctx).tenant(), Params.period("period", ctx.pathParam("period")));
        Http.json(ctx, 200, new CloseReportResponse(r.period().toString(), r.closed() ? "closed" : "open",
                r.waived().stream().map(AccountingDtos.WaiverResponse::of).toList()));
    }

    private void reopen(Context ctx) {
        ReopenRequest r = Http.body(ctx, ReopenRequest.class);
        Principal p = Http.principal(ctx);
        Http.reply(ctx, services.periods().reopen(p.tenant(), Params.period("period", ctx.pathParam("period")), p.user(), r.reason()),
                200, period -> Map.of("period", period.toString(), "status", "open"));
    }

    private void trialBalance(Context ctx) {
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        Http.reply(ctx, services.ledger().trialBalance(Http.principal(ctx).tenant(), from, to, Params.dimensions(ctx)), 200,
                tb -> AccountingDtos.trialBalance(from, to, tb));
    }

    private void generalLedger(Context ctx) {
        Http.reply(ctx, services.ledger().generalLedger(Http.principal(ctx).tenant(), Params.period("from", ctx.queryParam("from")),
                Params.period("to", ctx.queryParam("to"))), 200, months -> months.stream().map(m -> Map.of("period",
                m.period().toString(), "trialBalance", AccountingDtos.trialBalance(m.period().atDay(1), m.period().atEndOfMonth(),
                        m.trialBalance()))).toList());
    }

    private void detailLedger(Context ctx) {
        Http.reply(ctx, services.ledger().detailLedger(Http.principal(ctx).tenant(), ctx.queryParam("account"),
                Params.date(ctx, "from"), Params.date(ctx, "to"), Params.dimensions(ctx)), 200, DetailLedgerResponse::of);
    }

    private void statement(Context ctx, boolean balanceSheet) {
        YearMonth period = Params.period("period", ctx.queryParam("period"));
        LedgerQuery ledger = services.ledger();
        var tenant = Http.principal(ctx).tenant();
        var rows = balanceSheet ? ledger.balanceSheet(tenant, period) : ledger.incomeStatement(tenant, period);
        Http.json(ctx, 200, new StatementResponse(balanceSheet ? "balance-sheet" : "income-statement",
                balanceSheet ? "资产负债表" : "利润表", period.toString(),
                balanceSheet ? "year-opening" : "year-to-date", rows.stream().map(StatementLine::of).toList()));
    }

    private void cashFlow(Context ctx) {
        String period = ctx.queryParam("period");
        LocalDate from;
        LocalDate to;
        if (period != null || ctx.queryParam("from") == null && ctx.queryParam("to") == null) {
            YearMonth month = Params.period("period", period);
            from = month.atDay(1);
            to = month.atEndOfMonth();
        } else {
            from = Params.date(ctx, "from");
            to = Params.date(ctx, "to");
        }
        Http.reply(ctx, services.ledger().cashFlow(Http.principal(ctx).tenant(), from, to), 200,
                s -> new CashFlowResponse("cash-flow", "现金流量表", from.toString(), to.toString(), "year-to-date",
                        s.rows().stream().map(StatementLine::of).toList(), s.openingCash().format(), s.closingCash().format(),
                        s.ties()));
    }

    private void vatReturn(Context ctx) {
        YearMonth period = Params.period("period", ctx.queryParam("period"));
        VatReturn r = services.ledger().vatReturn(Http.principal(ctx).tenant(), period);
        Http.json(ctx, 200, new VatReturnResponse(period.toString(), r.kind().wireName(), r.lines().stream()
                .map(l -> new VatLine(l.line(), l.caption(), l.amount().format())).toList(), r.taxDue().format(),
                r.prepaid().format(), r.taxDue().minus(r.prepaid()).format(), r.belowThreshold()));
    }

    private void export(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null && !format.equals("ledger") && !format.equals("hledger")) {
            throw ApiException.unprocessable("format", "ledger (hledger and ledger-cli read it) is the one format");
        }
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        if (to.isBefore(from)) {
            throw ApiException.unprocessable("to", "on or after from");
        }
        ctx.status(200).contentType("text/plain; charset=utf-8").result(services.ledger().journal(Http.principal(ctx).tenant(), from, to));
    }

    record CashFlowResponse(String report, String title, String from, String to, String comparative,
                            List<StatementLine> lines, String openingCash, String closingCash, boolean ties) {
    }

    record CloseResponse(String period, AccountingDtos.VoucherResponse carryForward, List<String> warnings,
                         List<AccountingDtos.VoucherResponse> periodEnd, List<AccountingDtos.WaiverResponse> waived) {
    }

    record CloseReportResponse(String period, String status, List<AccountingDtos.WaiverResponse> waived) {
    }

    record VatReturnResponse(String period, String taxpayerKind, List<VatLine> lines, String taxDue, String prepaid,
                             String toCarry, boolean belowThreshold) {
    }

    record VatLine(int line, String caption, String amount) {
    }

    record DetailLedgerResponse(String account, String opening, List<Map<String, Object>> entries, String closing) {
        static DetailLedgerResponse of(LedgerQuery.DetailLedger d) {
            return new DetailLedgerResponse(d.account(), d.opening().format(), d.entries().stream().map(e -> Map.<String, Object>of(
                    "date", e.entry().date().toString(), "voucherId", e.entry().voucherId(),
                    "voucher", e.entry().word().label() + "-" + e.entry().number(),
                    "line", AccountingDtos.line(e.entry().line()), "balance", e.balance().format())).toList(), d.closing().format());
        }
    }
}
