package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.UserId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerJournalTest {

    @Test
    void one_transaction_per_voucher_debits_positive_credits_negative_dimensions_as_tags() {
        ChartOfAccounts chart = SmallEnterpriseChart.chart();
        Voucher v = new Voucher(new VoucherId(7), VoucherWord.JI, 3, LocalDate.of(2026, 2, 1), 1, VoucherStatus.POSTED,
                VoucherOrigin.MANUAL, new UserId(1), Optional.of(new UserId(2)), List.of(
                VoucherLine.debit("销售; 退货", AccountCode.of("1122"), DimensionValues.of(Dimension.CUSTOMER, "C001"), Money.cny("113.00")),
                VoucherLine.credit("", AccountCode.of("5001"), DimensionValues.NONE, Money.cny("100.00")),
                VoucherLine.credit("", AccountCode.of("22210102"), DimensionValues.NONE, Money.cny("13.00"))),
                Optional.empty(), Optional.empty());
        String journal = LedgerJournal.format(chart, List.of(v), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertThat(journal).contains("account 2221 应交税费:222101 应交增值税:22210102 销项税额\n")
                .contains("2026-02-01 * (记-3) 销售 退货\n")
                .containsPattern("    1122 应收账款 +CNY 113.00  ; customer:C001\n")
                .contains("CNY -100.00\n").contains("CNY -13.00\n");
    }

    @Test
    void a_journal_that_starts_after_the_first_voucher_opens_with_the_balances_brought_forward() {
        ChartOfAccounts chart = SmallEnterpriseChart.chart();
        List<BalanceRow> opening = List.of(
                new BalanceRow(AccountCode.of("1002"), DimensionValues.NONE, Money.cny("500.00"), Money.cny("120.00")),
                new BalanceRow(AccountCode.of("1122"), DimensionValues.of(Dimension.CUSTOMER, "C001"), Money.cny("9.00"), Money.cny(0)),
                new BalanceRow(AccountCode.of("3001"), DimensionValues.NONE, Money.cny(0), Money.cny("380.00")),
                new BalanceRow(AccountCode.of("1001"), DimensionValues.NONE, Money.cny("5.00"), Money.cny("5.00")));
        String journal = LedgerJournal.format(chart, opening, List.of(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertThat(journal).contains("account 1002 银行存款\n").contains("account 3001 实收资本\n").doesNotContain("account 1001")
                .contains("2026-02-01 * opening balances\n")
                .containsPattern("    1002 银行存款 +CNY 380.00\n")
                .containsPattern("    3001 实收资本 +CNY -380.00\n")
                .doesNotContain("1122");
        assertThat(LedgerJournal.format(chart, List.of(), List.of(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                .doesNotContain("opening balances");
    }
}
