package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CarryForwardTest {

    private static final ChartOfAccounts CHART = SmallEnterpriseChart.chart();

    private static BalanceRow debit(String account, String amount) {
        return new BalanceRow(AccountCode.of(account), DimensionValues.NONE, Money.cny(amount), Money.cny(0));
    }

    private static BalanceRow credit(String account, String amount) {
        return new BalanceRow(AccountCode.of(account), DimensionValues.NONE, Money.cny(0), Money.cny(amount));
    }

    @Test
    void e18_every_income_account_is_debited_every_expense_credited_and_3103_takes_both_totals() {
        List<VoucherLine> lines = CarryForward.lines(CHART, List.of(credit("5001", "10000.00"), credit("5051", "500.00"),
                credit("5301", "36.00"), debit("5401", "6200.00"), debit("5403", "120.00"), debit("560101", "1500.00"),
                debit("560201", "1300.00"), debit("560301", "80.00"), debit("5711", "18.25"), debit("1002", "1317.75")));
        assertThat(lines).extracting(l -> l.account().value() + " " + l.signed().format()).containsExactly(
                "5001 10000.00", "5051 500.00", "5301 36.00", "3103 -10536.00", "3103 9218.25",
                "5401 -6200.00", "5403 -120.00", "560101 -1500.00", "560201 -1300.00", "560301 -80.00", "5711 -18.25");
        Money toProfit = lines.stream().filter(l -> l.account().value().equals("3103")).map(VoucherLine::signed)
                .reduce(Money.cny(0), Money::plus).negate();
        assertThat(toProfit).isEqualTo(Money.cny("1317.75"));
        assertThat(VoucherRules.balanced(lines).isRight()).isTrue();
    }

    @Test
    void a_contrary_balance_goes_in_red_ink_on_the_usual_side() {
        List<VoucherLine> lines = CarryForward.lines(CHART, List.of(debit("5001", "40.00"), credit("5001", "10.00")));
        assertThat(lines).extracting(l -> l.account().value() + " " + l.debit().format() + "/" + l.credit().format())
                .containsExactly("5001 -30.00/0.00", "3103 0.00/-30.00");
    }

    @Test
    void dimension_detail_keeps_required_dimensions_and_the_remainder_without() {
        DimensionValues d1 = DimensionValues.of(Dimension.DEPARTMENT, "D1");
        List<BalanceRow> rows = List.of(debit("560101", "100.00"),
                new BalanceRow(AccountCode.of("560101"), d1, Money.cny("70.00"), Money.cny(0)));
        assertThat(CarryForward.detail(rows)).containsExactly(
                new BalanceRow(AccountCode.of("560101"), d1, Money.cny("70.00"), Money.cny(0)),
                new BalanceRow(AccountCode.of("560101"), DimensionValues.NONE, Money.cny("30.00"), Money.cny(0)));
    }
}
