package io.xinling.application.accounting;

import io.xinling.domain.accounting.Account;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.BalanceRow;
import io.xinling.domain.accounting.CarryForward;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.SmallEnterpriseChart;
import io.xinling.domain.accounting.TrialBalance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.xinling.application.accounting.HistoryRunner.FIRST;
import static io.xinling.application.accounting.HistoryRunner.LAST;
import static io.xinling.application.accounting.HistoryRunner.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Section 6 invariants of the accounting core, after every step of generated histories of manual vouchers. */
class AccountingProperties {

    private static final ChartOfAccounts CHART = SmallEnterpriseChart.chart();

    @Provide
    Arbitrary<List<Op>> histories() {
        return AccountingArbitraries.histories();
    }

    @Property
    void i1_every_voucher_balances_and_manual_ones_are_not_empty(@ForAll("histories") List<Op> history) {
        HistoryRunner.run(history, (runner, op, outcome, before, books) -> {
            net.jqwik.api.statistics.Statistics.label("step").collect(op.getClass().getSimpleName() + " " + (outcome.isRight() ? "ok"
                    : outcome.getLeft() instanceof io.xinling.domain.kernel.DomainError e ? e.code() : "skipped"));
            for (Voucher v : runner.vouchers()) {
                assertThat(v.debitTotal()).as(v.toString()).isEqualTo(v.creditTotal());
                v.lines().forEach(l -> assertThat(l.debit().isZero()).isNotEqualTo(l.credit().isZero()));
                if (v.origin() == VoucherOrigin.MANUAL) {
                    assertThat(v.debitTotal().isZero()).isFalse();
                }
            }
        });
    }

    @Property
    void i2_the_trial_balance_balances_for_every_period_and_range(@ForAll("histories") List<Op> history) {
        HistoryRunner.run(history, (runner, op, outcome, before, books) -> {
            for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
                assertBalanced(runner, m.atDay(1), m.atEndOfMonth());
            }
            assertBalanced(runner, LocalDate.of(2026, 1, 17), LocalDate.of(2026, 3, 9));
        });
    }

    private static void assertBalanced(HistoryRunner runner, LocalDate from, LocalDate to) {
        TrialBalance tb = runner.services.ledger().trialBalance(TENANT, from, to, Map.of()).get();
        assertThat(tb.isBalanced()).as(tb.toString()).isTrue();
        assertThat(tb.closingNet().isZero()).isTrue();
    }

    @Property
    void i3_every_line_carries_its_accounts_required_dimensions(@ForAll("histories") List<Op> history) {
        HistoryRunner.run(history, (runner, op, outcome, before, books) -> {
            for (Voucher v : runner.vouchers()) {
                for (VoucherLine line : v.lines()) {
                    Account account = CHART.find(line.account()).get();
                    assertThat(CHART.isLeaf(line.account())).isTrue();
                    account.requiredDimensions().forEach(d -> assertThat(line.dimensions().has(d)).as(line.toString()).isTrue());
                }
            }
        });
    }

    @Property
    void i20_nothing_dated_in_a_closed_period_is_created_changed_or_deleted(@ForAll("histories") List<Op> history) {
        HistoryRunner.run(history, (runner, op, outcome, before, booksBefore) -> {
            var closedBefore = booksBefore.closedThrough();
            var closedAfter = runner.books().closedThrough();
            if (closedBefore.isEmpty() || closedAfter.isEmpty()) {
                return;
            }
            YearMonth last = closedBefore.get().isBefore(closedAfter.get()) ? closedBefore.get() : closedAfter.get();
            assertThat(closedIn(runner.vouchers(), last)).isEqualTo(closedIn(before, last));
        });
    }

    private static Set<Voucher> closedIn(List<Voucher> vouchers, YearMonth last) {
        return vouchers.stream().filter(v -> !v.period().isAfter(last)).collect(Collectors.toSet());
    }

    /** At every step, the next period is closed (then reopened again, so the history goes on as generated). */
    @Property
    void i21_after_close_profit_and_loss_is_zero_and_3103_took_the_net_profit(@ForAll("histories") List<Op> history) {
        HistoryRunner.run(history, (runner, op, outcome, before, books) -> {
            var next = runner.nextToClose();
            var closed = next.map(p -> runner.services.periods().close(TENANT, p, HistoryRunner.REVIEWER));
            net.jqwik.api.statistics.Statistics.label("close").collect(closed.map(c -> c.isLeft() ? "refused"
                    : c.get().carryForward().isPresent() ? "carried forward" : "closed, no P&L").orElse("all closed"));
            if (closed.isEmpty() || closed.get().isLeft()) {
                return;
            }
            YearMonth period = next.get();
            for (BalanceRow row : runner.store.turnover(TENANT, null, period.atEndOfMonth(), DimensionValues.NONE, false)) {
                if (row.account().value().startsWith("5")) {
                    assertThat(row.net().isZero()).as(row.toString()).isTrue();
                }
            }
            Money toProfit = closed.get().get().carryForward()
                    .map(v -> v.lines().stream().filter(l -> l.account().equals(CarryForward.PROFIT_FOR_THE_YEAR))
                            .map(l -> l.credit().minus(l.debit())).reduce(Money.cny(0), Money::plus))
                    .orElse(Money.cny(0));
            assertThat(toProfit).isEqualTo(line(runner.services.ledger().incomeStatement(TENANT, period), 32));
            var sheet = runner.services.ledger().balanceSheet(TENANT, period);
            assertThat(line(sheet, 30)).isEqualTo(line(sheet, 53));
            runner.services.periods().reopen(TENANT, period, HistoryRunner.REVIEWER, "restore the history's state");
        });
    }

    @Property
    void i22_the_balance_sheet_balances_at_every_period_end(@ForAll("histories") List<Op> history) {
        HistoryRunner.run(history, (runner, op, outcome, before, books) -> {
            for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
                var sheet = runner.services.ledger().balanceSheet(TENANT, m);
                assertThat(line(sheet, 30)).as(m.toString()).isEqualTo(line(sheet, 53));
            }
        });
    }

    private static Money line(List<LedgerQuery.StatementRow> rows, int line) {
        return rows.stream().filter(r -> r.line() == line).findFirst().orElseThrow().amount();
    }

    @Property
    void i24_numbers_are_unique_and_renumbering_closes_gaps_without_changing_amounts(@ForAll("histories") List<Op> history) {
        HistoryRunner.run(history, (runner, op, outcome, before, books) -> {
            Set<String> seen = new HashSet<>();
            for (Voucher v : runner.vouchers()) {
                assertThat(seen.add(v.period() + v.word().label() + v.number())).as("duplicate " + v.display()).isTrue();
            }
            if (op instanceof Op.Renumber r && outcome.isRight()) {
                YearMonth period = FIRST.plusMonths(r.month());
                Map<VoucherWord, List<Integer>> numbers = new TreeMap<>();
                runner.vouchers().stream().filter(v -> v.period().equals(period))
                        .forEach(v -> numbers.computeIfAbsent(v.word(), w -> new java.util.ArrayList<>()).add(v.number()));
                numbers.values().forEach(ns -> assertThat(ns).containsExactlyInAnyOrderElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, ns.size()).boxed().toList()));
                assertThat(contents(runner.vouchers())).isEqualTo(contents(before));
            }
        });
    }

    private static Map<Long, List<VoucherLine>> contents(List<Voucher> vouchers) {
        return vouchers.stream().collect(Collectors.toMap(v -> v.id().value(), Voucher::lines));
    }

    @Property
    void i25_close_reopen_close_reproduces_balances_and_the_carry_forward(@ForAll("histories") List<Op> history) {
        HistoryRunner.run(history, (runner, op, outcome, before, books) -> {
            var next = runner.nextToClose();
            if (next.isEmpty()) {
                return;
            }
            YearMonth period = next.get();
            var first = runner.services.periods().close(TENANT, period, HistoryRunner.REVIEWER);
            if (first.isLeft()) {
                return;
            }
            TrialBalance closed = runner.services.ledger().trialBalance(TENANT, FIRST.atDay(1), period.atEndOfMonth(), Map.of()).get();
            assertThat(runner.services.periods().reopen(TENANT, period, HistoryRunner.REVIEWER, "again").isRight()).isTrue();
            var second = runner.services.periods().close(TENANT, period, HistoryRunner.REVIEWER).get();
            assertThat(runner.services.ledger().trialBalance(TENANT, FIRST.atDay(1), period.atEndOfMonth(), Map.of()).get())
                    .isEqualTo(closed);
            assertThat(second.carryForward().map(v -> v.provenance().orElseThrow().contentHash()))
                    .isEqualTo(first.get().carryForward().map(v -> v.provenance().orElseThrow().contentHash()));
            assertThat(second.carryForward().map(Voucher::display)).isEqualTo(first.get().carryForward().map(Voucher::display));
            runner.services.periods().reopen(TENANT, period, HistoryRunner.REVIEWER, "restore the history's state");
        });
    }

    static AccountCode code(String code) {
        return AccountCode.of(code);
    }
}
