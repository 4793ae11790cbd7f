package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.SmallEnterpriseChart;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherRules;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.PaymentMethod;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trade and settlement templates of 4.1 against the worked examples (section 7). */
class PostingTemplateTest {

    private static final DimensionValues SUPPLIER = DimensionValues.of(Dimension.SUPPLIER, "7");
    private static final DimensionValues CUSTOMER = DimensionValues.of(Dimension.CUSTOMER, "X");

    private static StockValue v(String item, String amount) {
        return new StockValue(item, "1", "1", Money.cny(amount));
    }

    private static PostingFacts facts(DimensionValues partner, String net, String tax, String gross, StockValue... stock) {
        return new PostingFacts(partner, Money.cny(net), Money.cny(tax), Money.cny(gross), List.of(stock));
    }

    private static List<String> text(List<VoucherLine> lines) {
        return lines.stream().map(l -> (l.isDebit() ? "Dr " : "Cr ") + l.account().value() + " "
                + (l.isDebit() ? l.debit() : l.credit()).format()).toList();
    }

    private static List<VoucherLine> balanced(List<VoucherLine> lines) {
        assertThat(VoucherRules.check(SmallEnterpriseChart.chart(), lines).isRight()).as(text(lines).toString()).isTrue();
        return lines;
    }

    @Test
    void E1_purchase_receipt_books_stock_input_VAT_and_the_suppliers_payable() {
        List<VoucherLine> lines = balanced(TradeTemplates.of("purchase-receipt").orElseThrow()
                .lines(facts(SUPPLIER, "1000.00", "130.00", "1130.00", v("A", "1000.00")), "#1"));
        assertThat(text(lines)).containsExactly("Dr 1405 1000.00", "Dr 22210101 130.00", "Cr 220201 1130.00");
        assertThat(lines.get(2).dimensions()).isEqualTo(SUPPLIER);
        assertThat(lines.get(0).dimensions().values()).containsEntry(Dimension.ITEM, "A").containsEntry(Dimension.WAREHOUSE, "1");
    }

    @Test
    void E1_sales_delivery_books_revenue_output_VAT_and_COGS_in_one_voucher() {
        List<VoucherLine> lines = balanced(TradeTemplates.of("sales-delivery").orElseThrow()
                .lines(facts(CUSTOMER, "1200.00", "156.00", "1356.00", v("A", "-660.00")), "#3"));
        assertThat(text(lines)).containsExactly("Dr 1122 1356.00", "Cr 5001 1200.00", "Cr 22210102 156.00",
                "Dr 5401 660.00", "Cr 1405 660.00");
        Money debit = lines.stream().map(VoucherLine::debit).reduce(Money.cny(0), Money::plus);
        assertThat(debit).isEqualTo(Money.cny("2016.00"));
    }

    @Test
    void E7_referenced_sales_return_is_red_ink_on_the_original_sides_at_the_stored_return_cost() {
        List<VoucherLine> lines = balanced(TradeTemplates.of("sales-return").orElseThrow()
                .lines(facts(CUSTOMER, "18.00", "2.34", "20.34", v("A", "10.00")), "#5"));
        assertThat(text(lines)).containsExactly("Dr 1122 -20.34", "Cr 5001 -18.00", "Cr 22210102 -2.34",
                "Dr 5401 -10.00", "Cr 1405 -10.00");
    }

    @Test
    void P4_purchase_return_credits_stock_at_its_cost_and_the_payable_at_the_gross_whatever_the_costing() {
        // returned 2 bought at 10.00 + 13%: G 22.60; ORIGINAL_PRICE takes out 20.00, CURRENT_AVERAGE 23.00
        List<VoucherLine> original = balanced(TradeTemplates.of("purchase-return").orElseThrow()
                .lines(facts(SUPPLIER, "20.00", "2.60", "22.60", v("A", "-20.00")), "#6"));
        List<VoucherLine> average = balanced(TradeTemplates.of("purchase-return").orElseThrow()
                .lines(facts(SUPPLIER, "20.00", "2.60", "22.60", v("A", "-23.00")), "#6"));
        assertThat(text(original)).containsExactly("Dr 220201 22.60", "Dr 22210101 -2.60", "Cr 1405 20.00");
        assertThat(text(average)).containsExactly("Dr 220201 22.60", "Dr 22210101 -2.60", "Dr 5401 3.00", "Cr 1405 23.00");
        assertThat(original.get(0)).isEqualTo(average.get(0)); // I-27: the payable does not depend on the costing
        List<VoucherLine> cheaper = balanced(TradeTemplates.of("purchase-return").orElseThrow()
                .lines(facts(SUPPLIER, "20.00", "2.60", "22.60", v("A", "-18.50")), "#6"));
        assertThat(text(cheaper)).contains("Dr 5401 -1.50");
    }

    @Test
    void E15_receipt_credits_the_receivable_and_applying_the_advance_reclassifies_it() {
        PostingTemplate receipt = SettlementTemplates.money(Ledger.RECEIVABLE, ItemKind.RECEIPT, PaymentMethod.BANK);
        assertThat(text(balanced(receipt.lines(PostingFacts.amount(CUSTOMER, Money.cny("1000.00")), "#1"))))
                .containsExactly("Dr 1002 1000.00", "Cr 1122 1000.00");
        PostingTemplate advance = SettlementTemplates.money(Ledger.RECEIVABLE, ItemKind.ADVANCE, PaymentMethod.WECHAT);
        assertThat(text(balanced(advance.lines(PostingFacts.amount(CUSTOMER, Money.cny("500.00")), "#2"))))
                .containsExactly("Dr 101201 500.00", "Cr 220301 500.00");
        PostingTemplate apply = SettlementTemplates.writeOff(Ledger.RECEIVABLE, ItemKind.ADVANCE).orElseThrow();
        assertThat(text(balanced(apply.lines(PostingFacts.amount(CUSTOMER, Money.cny("356.00")), "#3"))))
                .containsExactly("Dr 220301 356.00", "Cr 1122 356.00");
        assertThat(text(apply.lines(PostingFacts.amount(CUSTOMER, Money.cny("-356.00")), "#4")))
                .containsExactly("Dr 220301 -356.00", "Cr 1122 -356.00");
        assertThat(SettlementTemplates.writeOff(Ledger.RECEIVABLE, ItemKind.RECEIPT)).isEmpty();
        assertThat(SettlementTemplates.writeOff(Ledger.PAYABLE, ItemKind.DOCUMENT)).isEmpty();
    }

    @Test
    void payments_and_advances_paid_book_the_payable_or_the_prepayment_against_cash() {
        DimensionValues s = SUPPLIER;
        assertThat(text(balanced(SettlementTemplates.money(Ledger.PAYABLE, ItemKind.RECEIPT, PaymentMethod.CASH)
                .lines(PostingFacts.amount(s, Money.cny("100.00")), "#1")))).containsExactly("Dr 220201 100.00", "Cr 1001 100.00");
        assertThat(text(balanced(SettlementTemplates.money(Ledger.PAYABLE, ItemKind.ADVANCE, PaymentMethod.ALIPAY)
                .lines(PostingFacts.amount(s, Money.cny("80.00")), "#2")))).containsExactly("Dr 1123 80.00", "Cr 101202 80.00");
        assertThat(text(balanced(SettlementTemplates.writeOff(Ledger.PAYABLE, ItemKind.ADVANCE).orElseThrow()
                .lines(PostingFacts.amount(s, Money.cny("80.00")), "#3")))).containsExactly("Dr 220201 80.00", "Cr 1123 80.00");
    }

    @Test
    void lines_that_do_not_balance_are_refused_not_plugged() {
        List<VoucherLine> lines = TradeTemplates.of("purchase-receipt").orElseThrow()
                .lines(facts(SUPPLIER, "1000.00", "130.00", "1130.00", v("A", "999.99")), "#1");
        assertThat(VoucherRules.check(SmallEnterpriseChart.chart(), lines).isLeft()).isTrue();
    }
}
