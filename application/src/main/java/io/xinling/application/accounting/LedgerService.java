package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.LedgerEntry;
import io.xinling.application.accounting.port.LedgerRepository;
import io.xinling.application.accounting.port.VoucherRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.BalanceRow;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.CashFlowItem;
import io.xinling.domain.accounting.CashFlows;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.LedgerJournal;
import io.xinling.domain.accounting.TrialBalance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherStatus;
import io.xinling.domain.accounting.report.ReportData;
import io.xinling.domain.accounting.report.ReportRow;
import io.xinling.domain.accounting.report.ReportTemplate;
import io.xinling.domain.accounting.report.SmallEnterpriseReports;
import io.xinling.domain.accounting.report.VatReturn;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads balances (not lines) for the trial balance and statements; lines only for the detail ledger and export. */
public final class LedgerService implements LedgerQuery {

    private static final int MAX_MONTHS = 120;

    private final Transactor transactor;
    private final BooksAccess books;
    private final VoucherRepository vouchers;
    private final LedgerRepository ledger;

    LedgerService(Transactor transactor, BooksAccess books, VoucherRepository vouchers, LedgerRepository ledger) {
        this.transactor = transactor;
        this.books = books;
        this.vouchers = vouchers;
        this.ledger = ledger;
    }

    @Override
    public Either<AccountingError, TrialBalance> trialBalance(TenantId tenant, LocalDate from, LocalDate to,
                                                              Map<String, String> dimensions) {
        return range(from, to).flatMap(ok -> LineParser.dimensions("dimensions", dimensions))
                .map(filter -> trialBalance(tenant, chart(tenant), from, to, filter));
    }

    private TrialBalance trialBalance(TenantId tenant, ChartOfAccounts chart, LocalDate from, LocalDate to, DimensionValues filter) {
        return TrialBalance.build(chart, ledger.turnover(tenant, null, from.minusDays(1), filter, false),
                ledger.turnover(tenant, from, to, filter, false));
    }

    @Override
    public Either<AccountingError, List<MonthlyBalance>> generalLedger(TenantId tenant, YearMonth from, YearMonth to) {
        if (from == null || to == null || to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to)) {
            return Either.left(new AccountingError.InvalidField("to", "a range of 1 to " + MAX_MONTHS + " months"));
        }
        ChartOfAccounts chart = chart(tenant);
        List<MonthlyBalance> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(new MonthlyBalance(m, trialBalance(tenant, chart, m.atDay(1), m.atEndOfMonth(), DimensionValues.NONE)));
        }
        return Either.right(months);
    }

    @Override
    public Either<AccountingError, DetailLedger> detailLedger(TenantId tenant, String account, LocalDate from, LocalDate to,
                                                             Map<String, String> dimensions) {
        ChartOfAccounts chart = chart(tenant);
        return range(from, to).flatMap(ok -> AccountCode.parse("account", account))
                .filterOrElse(code -> chart.find(code).isDefined(), code -> new AccountingError.AccountNotFound(code.value()))
                .flatMap(code -> LineParser.dimensions("dimensions", dimensions).map(filter -> {
                    Money opening = ledger.turnover(tenant, null, from.minusDays(1), filter, false).stream()
                            .filter(r -> r.account().isWithin(code)).map(BalanceRow::net).reduce(Money.cny(0), Money::plus);
                    Money balance = opening;
                    List<Entry> entries = new ArrayList<>();
                    for (LedgerEntry entry : ledger.entries(tenant, code, from, to, filter)) {
                        balance = balance.plus(entry.line().signed());
                        entries.add(new Entry(entry, balance));
                    }
                    return new DetailLedger(code.value(), opening, entries, balance);
                }));
    }

    @Override
    public List<StatementRow> balanceSheet(TenantId tenant, YearMonth period) {
        ChartOfAccounts chart = chart(tenant);
        LocalDate yearOpening = period.withMonth(1).atDay(1).minusDays(1);
        return statement(SmallEnterpriseReports.BALANCE_SHEET,
                new BalanceReportData(chart, ledger.turnover(tenant, null, period.atEndOfMonth(), DimensionValues.NONE, true)),
                new BalanceReportData(chart, ledger.turnover(tenant, null, yearOpening, DimensionValues.NONE, true)));
    }

    @Override
    public List<StatementRow> incomeStatement(TenantId tenant, YearMonth period) {
        ChartOfAccounts chart = chart(tenant);
        return statement(SmallEnterpriseReports.INCOME_STATEMENT,
                new BalanceReportData(chart, movements(tenant, period.atDay(1), period.atEndOfMonth())),
                new BalanceReportData(chart, movements(tenant, period.withMonth(1).atDay(1), period.atEndOfMonth())));
    }

    /** Turnover without the carry-forward vouchers (利润表 uses movements before 结转损益). */
    private List<BalanceRow> movements(TenantId tenant, LocalDate from, LocalDate to) {
        List<BalanceRow> rows = new ArrayList<>(ledger.turnover(tenant, from, to, DimensionValues.NONE, false));
        for (Voucher v : vouchers.listByOrigin(tenant, from, to, VoucherOrigin.CARRY_FORWARD)) {
            for (VoucherLine line : v.lines()) {
                rows.add(new BalanceRow(line.account(), DimensionValues.NONE, line.debit().negate(), line.credit().negate()));
            }
        }
        return rows;
    }

    @Override
    public Either<AccountingError, CashFlowStatement> cashFlow(TenantId tenant, LocalDate from, LocalDate to) {
        return range(from, to).map(ok -> {
            ChartOfAccounts chart = chart(tenant);
            LocalDate yearStart = to.withDayOfYear(1).isBefore(from) ? to.withDayOfYear(1) : from;
            List<StatementRow> rows = statement(SmallEnterpriseReports.CASH_FLOW, cashFlowData(tenant, chart, from, to),
                    cashFlowData(tenant, chart, yearStart, to));
            Money opening = cash(ledger.turnover(tenant, null, from.minusDays(1), DimensionValues.NONE, false));
            Money closing = cash(ledger.turnover(tenant, null, to, DimensionValues.NONE, false));
            Money line20 = rows.stream().filter(r -> r.line() == 20).findFirst().orElseThrow().amount();
            Money line22 = rows.stream().filter(r -> r.line() == 22).findFirst().orElseThrow().amount();
            return new CashFlowStatement(rows, opening, closing, line20.equals(closing.minus(opening)) && line22.equals(closing));
        });
    }

    @Override
    public VatReturn vatReturn(TenantId tenant, YearMonth period) {
        chart(tenant);
        Books settings = transactor.<AccountingError, Books>inTransaction(() -> Either.right(books.shared(tenant))).get();
        // sales are the period's movements before 结转损益, so a return filed after the close reads them too
        return VatReturn.of(settings.taxpayerKind(), movements(tenant, period.atDay(1), period.atEndOfMonth()),
                ledger.turnover(tenant, null, period.atDay(1).minusDays(1), DimensionValues.NONE, false));
    }

    private ReportData cashFlowData(TenantId tenant, ChartOfAccounts chart, LocalDate from, LocalDate to) {
        BalanceReportData opening = new BalanceReportData(chart, ledger.turnover(tenant, null, from.minusDays(1),
                DimensionValues.NONE, false));
        Map<CashFlowItem, Money> flows = CashFlows.of(vouchers.list(tenant, from, to).stream()
                .filter(v -> v.status() == VoucherStatus.POSTED).toList());
        return new ReportData() {
            @Override
            public Money amount(AccountCode account) {
                return opening.amount(account);
            }

            @Override
            public Money detail(AccountCode account, Dimension dimension, boolean debitSide) {
                return opening.detail(account, dimension, debitSide);
            }

            @Override
            public Money cashFlow(String item) {
                return CashFlowItem.fromCode(item).map(flows::get).orElse(Money.cny(0));
            }
        };
    }

    private static Money cash(List<BalanceRow> rows) {
        return rows.stream().filter(r -> CashFlows.isCash(r.account())).map(BalanceRow::net).reduce(Money.cny(0), Money::plus);
    }

    private static List<StatementRow> statement(ReportTemplate template, ReportData current, ReportData comparative) {
        List<ReportRow> now = template.evaluate(current);
        List<ReportRow> then = template.evaluate(comparative);
        List<StatementRow> rows = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            rows.add(StatementRow.of(now.get(i), then.get(i)));
        }
        return rows;
    }

    @Override
    public String journal(TenantId tenant, LocalDate from, LocalDate to) {
        List<Voucher> posted = vouchers.list(tenant, from, to).stream().filter(v -> v.status() == VoucherStatus.POSTED).toList();
        List<BalanceRow> opening = ledger.turnover(tenant, null, from.minusDays(1), DimensionValues.NONE, false);
        return LedgerJournal.format(chart(tenant), opening, posted, from, to);
    }

    /** The chart, seeding the books in a transaction of its own when this tenant has none yet. */
    private ChartOfAccounts chart(TenantId tenant) {
        return transactor.<AccountingError, ChartOfAccounts>inTransaction(() -> Either.right(books.chartSeeded(tenant))).get();
    }

    static Either<AccountingError, LocalDate> range(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return Either.left(new AccountingError.InvalidField(from == null ? "from" : "to", "a date is required"));
        }
        if (to.isBefore(from) || from.plusYears(10).isBefore(to)) {
            return Either.left(new AccountingError.InvalidField("to", "on or after from, and within 10 years"));
        }
        return Either.right(from);
    }
}
