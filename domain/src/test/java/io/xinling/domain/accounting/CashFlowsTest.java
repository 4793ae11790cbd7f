package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.UserId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CashFlowsTest {

    private static final ChartOfAccounts CHART = SmallEnterpriseChart.chart();

    private static VoucherLine dr(String account, String amount) {
        return VoucherLine.debit("", AccountCode.of(account), DimensionValues.NONE, Money.cny(amount));
    }

    private static VoucherLine cr(String account, String amount) {
        return VoucherLine.credit("", AccountCode.of(account), DimensionValues.NONE, Money.cny(amount));
    }

    private static VoucherLine item(VoucherLine line, String item) {
        return new VoucherLine("", line.account(), DimensionValues.of(Dimension.CASH_FLOW, item), line.debit(), line.credit());
    }

    private static Voucher voucher(VoucherLine... lines) {
        return new Voucher(new VoucherId(1), VoucherWord.JI, 1, LocalDate.of(2026, 2, 1), 0, VoucherStatus.POSTED,
                VoucherOrigin.MANUAL, new UserId(1), Optional.empty(), List.of(lines), Optional.empty(), Optional.empty());
    }

    private static Money net(Map<CashFlowItem, Money> flows) {
        Money sum = Money.cny(0);
        for (var e : flows.entrySet()) {
            sum = e.getKey().inflow() ? sum.plus(e.getValue()) : sum.minus(e.getValue());
        }
        return sum;
    }

    @Test
    void each_counter_line_takes_its_share_and_the_side_of_the_cash_picks_in_or_out() {
        var flows = CashFlows.of(List.of(
                voucher(dr("1002", "11300.00"), cr("5001", "10000.00"), cr("22210102", "1300.00")),
                voucher(dr("1405", "1000.00"), dr("22210101", "130.00"), cr("1001", "1130.00")),
                voucher(dr("1002", "5000.00"), cr("2001", "5000.00")),
                voucher(dr("2001", "2000.00"), cr("1002", "2000.00")),
                voucher(dr("560303", "10.00"), cr("1002", "10.00")),
                voucher(dr("560301", "3.00"), cr("1002", "3.00"))));
        assertThat(flows.get(CashFlowItem.CF01)).isEqualTo(Money.cny("11300.00"));
        assertThat(flows.get(CashFlowItem.CF03)).isEqualTo(Money.cny("1130.00"));
        assertThat(flows.get(CashFlowItem.CF14)).isEqualTo(Money.cny("5000.00"));
        assertThat(flows.get(CashFlowItem.CF16)).isEqualTo(Money.cny("2000.00"));
        assertThat(flows.get(CashFlowItem.CF17)).isEqualTo(Money.cny("10.00"));
        assertThat(flows.get(CashFlowItem.CF06)).isEqualTo(Money.cny("3.00"));
        assertThat(net(flows)).isEqualTo(Money.cny("13157.00"));
    }

    @Test
    void transfers_between_cash_accounts_count_nowhere_and_red_ink_lowers_its_item() {
        var flows = CashFlows.of(List.of(voucher(dr("1002", "500.00"), cr("1001", "500.00")),
                voucher(dr("1002", "100.00"), cr("5001", "100.00")),
                voucher(dr("1002", "-40.00"), cr("5001", "-40.00"))));
        assertThat(flows.get(CashFlowItem.CF01)).isEqualTo(Money.cny("60.00"));
        assertThat(net(flows)).isEqualTo(Money.cny("60.00"));
    }

    @Test
    void a_wallet_settled_into_the_bank_counts_only_its_fee() {
        // E13: WeChat settlement with a 0.6% fee; the 59.64 only moves from one cash account to another
        var flows = CashFlows.of(List.of(voucher(dr("1002", "59.64"), dr("560301", "0.36"), cr("101201", "60.00"))));
        assertThat(flows.get(CashFlowItem.CF02)).isEqualTo(Money.cny(0));
        assertThat(flows.get(CashFlowItem.CF06)).isEqualTo(Money.cny("0.36"));
        assertThat(net(flows)).isEqualTo(Money.cny("-0.36"));
    }

    @Test
    void a_receipt_against_several_counter_accounts_counts_each_under_its_own_item() {
        var flows = CashFlows.of(List.of(
                voucher(dr("1001", "100.00"), dr("1002", "50.00"), cr("5001", "120.00"), cr("2001", "30.00")),
                voucher(dr("1001", "33.33"), cr("5001", "10.00"), cr("2001", "10.00"), cr("3001", "13.33")),
                voucher(dr("1002", "1000.00"), cr("1001", "300.00"), cr("5001", "700.00")),
                // a cash discount granted: the customer's 100.00 came in as 98.00, all of it from the customer
                voucher(dr("1002", "98.00"), dr("560301", "2.00"), cr("1122", "100.00"))));
        assertThat(flows.get(CashFlowItem.CF01)).isEqualTo(Money.cny("928.00"));
        assertThat(flows.get(CashFlowItem.CF14)).isEqualTo(Money.cny("40.00"));
        assertThat(flows.get(CashFlowItem.CF15)).isEqualTo(Money.cny("13.33"));
        assertThat(flows.get(CashFlowItem.CF06)).isEqualTo(Money.cny(0));
        assertThat(net(flows)).isEqualTo(Money.cny("981.33"));
    }

    @Test
    void an_explicit_item_wins_and_a_cash_only_remainder_goes_to_other_operating() {
        var flows = CashFlows.of(List.of(voucher(item(dr("1002", "200.00"), "CF09"), cr("5301", "200.00")),
                voucher(item(dr("1002", "70.00"), "CF15"), cr("1001", "70.00"))));
        assertThat(flows.get(CashFlowItem.CF09)).isEqualTo(Money.cny("200.00"));
        assertThat(flows.get(CashFlowItem.CF02)).isEqualTo(Money.cny(0));
        assertThat(flows.get(CashFlowItem.CF15)).isEqualTo(Money.cny("70.00"));
        assertThat(flows.get(CashFlowItem.CF06)).isEqualTo(Money.cny("70.00"));
        assertThat(net(flows)).isEqualTo(Money.cny("200.00"));
    }

    @Test
    void the_item_is_refused_off_cash_accounts_and_when_unknown() {
        assertThat(VoucherRules.check(CHART, List.of(item(dr("1001", "1.00"), "CF01"), cr("3001", "1.00"))).isRight()).isTrue();
        assertThat(VoucherRules.check(CHART, List.of(item(dr("1001", "1.00"), "CF07"), cr("3001", "1.00"))).getLeft())
                .isInstanceOf(AccountingError.InvalidField.class);
        assertThat(VoucherRules.check(CHART, List.of(dr("1001", "1.00"), item(cr("3001", "1.00"), "CF15"))).getLeft())
                .isInstanceOf(AccountingError.InvalidField.class);
    }
}
