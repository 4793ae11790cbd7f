package io.xinling.domain.accounting;

import io.xinling.domain.accounting.report.VatReturn;
import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** E19 and E20 (section 7): the VAT return from the ledger and the period-end vouchers C-2 and C-3. */
class PeriodEndTest {

    private static BalanceRow debit(String account, String amount) {
        return new BalanceRow(AccountCode.of(account), DimensionValues.NONE, Money.cny(amount), Money.cny(0));
    }

    private static BalanceRow credit(String account, String amount) {
        return new BalanceRow(AccountCode.of(account), DimensionValues.NONE, Money.cny(0), Money.cny(amount));
    }

    private static List<String> text(List<VoucherLine> lines) {
        return lines.stream().map(l -> l.account() + " " + l.debit().format() + "/" + l.credit().format()).toList();
    }

    @Test
    void e19_general_taxpayer_return_carry_and_urban_surcharges() {
        List<BalanceRow> period = List.of(credit("22210102", "16000.00"), debit("22210101", "10500.00"),
                credit("22210103", "300.00"), credit("5001", "123076.92"));
        VatReturn vat = VatReturn.of(TaxpayerKind.GENERAL, period, List.of());
        assertThat(vat.line(11)).isEqualTo(Money.cny("16000.00"));
        assertThat(vat.line(17)).isEqualTo(Money.cny("10200.00"));
        assertThat(vat.line(18)).isEqualTo(Money.cny("10200.00"));
        assertThat(vat.line(19)).isEqualTo(Money.cny("5800.00"));
        assertThat(vat.line(20)).isEqualTo(Money.cny(0));
        assertThat(vat.line(24)).isEqualTo(Money.cny("5800.00"));
        assertThat(vat.line(1)).isEqualTo(Money.cny("123076.92"));

        assertThat(text(PeriodEnd.vatCarry(period, period))).containsExactly("22210105 5800.00/0.00", "222102 0.00/5800.00");
        assertThat(text(PeriodEnd.surcharges(vat.taxDue(), TaxpayerKind.GENERAL, TaxLocation.URBAN))).containsExactly(
                "540303 406.00/0.00", "540310 174.00/0.00", "540311 116.00/0.00", "222103 0.00/406.00", "222104 0.00/174.00",
                "222105 0.00/116.00");
    }

    @Test
    void a_debit_balance_stays_as_credit_carried_forward_and_feeds_the_next_return() {
        List<BalanceRow> period = List.of(credit("22210102", "1000.00"), debit("22210101", "1300.00"));
        assertThat(PeriodEnd.vatCarry(period, period)).isEmpty();
        VatReturn now = VatReturn.of(TaxpayerKind.GENERAL, period, List.of());
        assertThat(now.line(20)).isEqualTo(Money.cny("300.00"));
        assertThat(now.line(24)).isEqualTo(Money.cny(0));
        VatReturn next = VatReturn.of(TaxpayerKind.GENERAL, List.of(credit("22210102", "500.00")), period);
        assertThat(next.line(13)).isEqualTo(Money.cny("300.00"));
        assertThat(next.line(24)).isEqualTo(Money.cny("200.00"));
    }

    @Test
    void prepaid_tax_above_the_liability_is_carried_as_overpaid() {
        List<BalanceRow> period = List.of(credit("22210102", "1000.00"), debit("22210104", "1200.00"));
        assertThat(text(PeriodEnd.vatCarry(period, period))).containsExactly("222102 200.00/0.00", "22210107 0.00/200.00");
    }

    @Test
    void e20_small_scale_taxpayer_at_one_percent() {
        List<BalanceRow> period = List.of(credit("5001", "10000.00"), credit("22210102", "100.00"), debit("1001", "10100.00"),
                debit("1405", "1130.00"), credit("220201", "1130.00"));
        VatReturn vat = VatReturn.of(TaxpayerKind.SMALL_SCALE, period, List.of());
        assertThat(vat.line(1)).isEqualTo(Money.cny("10000.00"));
        assertThat(vat.line(15)).isEqualTo(Money.cny("300.00"));
        assertThat(vat.line(16)).isEqualTo(Money.cny("200.00"));
        assertThat(vat.line(20)).isEqualTo(Money.cny("100.00"));
        assertThat(vat.belowThreshold()).isTrue();
        assertThat(text(PeriodEnd.surcharges(vat.taxDue(), TaxpayerKind.SMALL_SCALE, TaxLocation.URBAN))).containsExactly(
                "540303 3.50/0.00", "540310 1.50/0.00", "540311 1.00/0.00", "222103 0.00/3.50", "222104 0.00/1.50",
                "222105 0.00/1.00");
        assertThat(text(PeriodEnd.surcharges(vat.taxDue(), TaxpayerKind.GENERAL, TaxLocation.COUNTY))).containsExactly(
                "540303 5.00/0.00", "540310 3.00/0.00", "540311 2.00/0.00", "222103 0.00/5.00", "222104 0.00/3.00",
                "222105 0.00/2.00");
    }

    @Test
    void e23_fx_revaluation_gain_is_dr_the_account_cr_560302_and_a_loss_the_other_way() {
        java.util.Currency usd = java.util.Currency.getInstance("USD");
        ForeignBalance bank = new ForeignBalance(AccountCode.of("1002"), DimensionValues.NONE, Money.of(100_000, usd),
                Money.cny("7100.00"));
        List<VoucherLine> gain = PeriodEnd.revaluation(List.of(bank), java.util.Map.of(usd, new java.math.BigDecimal("7.1500")))
                .get();
        assertThat(text(gain)).containsExactly("1002 50.00/0.00", "560302 0.00/50.00");
        assertThat(gain.get(0).foreign().orElseThrow().original()).isEqualTo(Money.zero(usd));
        assertThat(VoucherRules.balanced(gain).isRight()).isTrue();
        assertThat(text(PeriodEnd.revaluation(List.of(bank), java.util.Map.of(usd, new java.math.BigDecimal("7.05"))).get()))
                .containsExactly("560302 50.00/0.00", "1002 0.00/50.00");
        assertThat(PeriodEnd.revaluation(List.of(bank), java.util.Map.of(usd, new java.math.BigDecimal("7.1"))).get()).isEmpty();
        assertThat(PeriodEnd.revaluation(List.of(bank), java.util.Map.of()).getLeft()).isInstanceOf(AccountingError.InvalidField.class);
    }

    @Test
    void year_end_c5_carries_a_loss_in_red_ink_and_c6_closes_each_other_3104_account_whichever_its_side() {
        List<BalanceRow> loss = List.of(debit("3103", "250.00"), credit("310401", "1000.00"), debit("310402", "30.00"),
                credit("310403", "5.00"), debit("1002", "1000.00"));
        assertThat(text(PeriodEnd.profitForTheYear(loss))).containsExactly("3103 -250.00/0.00", "310401 0.00/-250.00");
        assertThat(text(PeriodEnd.distributionClosing(loss))).containsExactly("310401 30.00/0.00", "310402 0.00/30.00",
                "310403 5.00/0.00", "310401 0.00/5.00");
        assertThat(PeriodEnd.profitForTheYear(List.of(credit("5001", "1.00")))).isEmpty();
        assertThat(PeriodEnd.pendingLosses(List.of(debit("190101", "3.00"), credit("190102", "1.00"))))
                .isEqualTo(Money.cny("2.00"));
    }
}
