package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementExamplesTest {

    private static final PartnerId X = new PartnerId(1);
    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    @Test
    void e15_receipt_written_off_against_s100_then_the_advance_settles_the_rest() {
        PartnerBook book = new PartnerBook();
        SettlementItem advance = book.post(X, ItemSide.CREDIT, ItemKind.ADVANCE, D, Money.cny("500.00"));
        SettlementItem s100 = book.post(X, ItemSide.DEBIT, ItemKind.DOCUMENT, D, Money.cny("1356.00"));
        SettlementItem receipt = book.post(X, ItemSide.CREDIT, ItemKind.RECEIPT, D.plusDays(5), Money.cny("1000.00"));

        book.writeOff(receipt.id(), List.of(new Allocation(s100.id(), Money.cny("1000.00"))), D.plusDays(5)).get();
        assertThat(book.items.get(s100.id()).open()).isEqualTo(Money.cny("356.00"));

        book.writeOff(advance.id(), List.of(new Allocation(s100.id(), Money.cny("356.00"))), D.plusDays(6)).get();
        assertThat(book.items.get(s100.id()).open()).isEqualTo(Money.cny(0));
        assertThat(book.items.get(advance.id()).open()).isEqualTo(Money.cny("144.00"));
        // GL 1122[X] = 0 and GL 220301[X] = -144.00: the subledger balance is -144.00
        assertThat(OpenAmounts.balance(book.itemsOf(X), Money.CNY)).isEqualTo(Money.cny("-144.00"));
    }

    @Test
    void a_write_off_larger_than_the_open_amount_is_refused() {
        PartnerBook book = new PartnerBook();
        SettlementItem invoice = book.post(X, ItemSide.DEBIT, ItemKind.DOCUMENT, D, Money.cny("100.00"));
        SettlementItem receipt = book.post(X, ItemSide.CREDIT, ItemKind.RECEIPT, D, Money.cny("500.00"));
        assertThat(book.writeOff(receipt.id(), List.of(new Allocation(invoice.id(), Money.cny("100.01"))), D).getLeft())
                .isInstanceOf(SettlementError.WriteOffExceedsOpenAmount.class);
    }

    @Test
    void write_offs_together_larger_than_the_receipt_are_refused() {
        PartnerBook book = new PartnerBook();
        SettlementItem a = book.post(X, ItemSide.DEBIT, ItemKind.DOCUMENT, D, Money.cny("100.00"));
        SettlementItem b = book.post(X, ItemSide.DEBIT, ItemKind.DOCUMENT, D, Money.cny("100.00"));
        SettlementItem receipt = book.post(X, ItemSide.CREDIT, ItemKind.RECEIPT, D, Money.cny("150.00"));
        assertThat(book.writeOff(receipt.id(), List.of(new Allocation(a.id(), Money.cny("100.00")),
                new Allocation(b.id(), Money.cny("50.01"))), D).getLeft())
                .isInstanceOf(SettlementError.WriteOffExceedsUnappliedAmount.class);
    }

    @Test
    void a_write_off_dated_before_an_item_or_its_last_match_is_refused() {
        PartnerBook book = new PartnerBook();
        SettlementItem invoice = book.post(X, ItemSide.DEBIT, ItemKind.DOCUMENT, D, Money.cny("100.00"));
        SettlementItem receipt = book.post(X, ItemSide.CREDIT, ItemKind.RECEIPT, D, Money.cny("100.00"));
        assertThat(book.writeOff(receipt.id(), List.of(new Allocation(invoice.id(), Money.cny("1.00"))), D.minusDays(1))
                .getLeft()).isInstanceOf(SettlementError.WriteOffBeforeItemDate.class);
        book.writeOff(receipt.id(), List.of(new Allocation(invoice.id(), Money.cny("1.00"))), D.plusDays(9)).get();
        assertThat(book.writeOff(receipt.id(), List.of(new Allocation(invoice.id(), Money.cny("1.00"))), D.plusDays(8))
                .getLeft()).isInstanceOf(SettlementError.WriteOffBeforeItemDate.class);
    }

    @Test
    void a_write_off_in_another_currency_than_its_items_names_both_currencies() {
        PartnerBook book = new PartnerBook();
        SettlementItem invoice = book.post(X, ItemSide.DEBIT, ItemKind.DOCUMENT, D, Money.cny("100.00"));
        SettlementItem receipt = book.post(X, ItemSide.CREDIT, ItemKind.RECEIPT, D, Money.cny("100.00"));
        SettlementError error = book.writeOff(receipt.id(), List.of(new Allocation(invoice.id(),
                Money.of("10.00", java.util.Currency.getInstance("USD")))), D).getLeft();
        assertThat(error).isInstanceOf(SettlementError.CurrencyMismatch.class);
        assertThat(error.message()).isEqualTo("item " + invoice.id().value() + " is in CNY but the write-off is in USD");
    }

    @Test
    void a_reversal_is_refused_twice_and_for_a_reversal() {
        PartnerBook book = new PartnerBook();
        SettlementItem invoice = book.post(X, ItemSide.DEBIT, ItemKind.DOCUMENT, D, Money.cny("100.00"));
        SettlementItem receipt = book.post(X, ItemSide.CREDIT, ItemKind.RECEIPT, D, Money.cny("100.00"));
        WriteOff w = book.writeOff(receipt.id(), List.of(new Allocation(invoice.id(), Money.cny("60.00"))), D).get();
        WriteOff r = book.reverse(w, D).get();
        assertThat(book.items.get(invoice.id()).open()).isEqualTo(Money.cny("100.00"));
        assertThat(book.reverse(w, D).getLeft()).isInstanceOf(SettlementError.AlreadyReversed.class);
        assertThat(book.reverse(r, D).getLeft()).isInstanceOf(SettlementError.IllegalReversal.class);
    }

    @Test
    void statement_has_opening_movements_and_closing_and_ageing_buckets_by_document_age() {
        PartnerBook book = new PartnerBook();
        book.post(X, ItemSide.DEBIT, ItemKind.DOCUMENT, D.minusDays(100), Money.cny("10.00"));
        book.post(X, ItemSide.DEBIT, ItemKind.DOCUMENT, D.minusDays(61), Money.cny("20.00"));
        book.post(X, ItemSide.DEBIT, ItemKind.DOCUMENT, D.minusDays(60), Money.cny("30.00"));
        book.post(X, ItemSide.DEBIT, ItemKind.DOCUMENT, D.minusDays(30), Money.cny("40.00"));
        book.post(X, ItemSide.CREDIT, ItemKind.RECEIPT, D.minusDays(1), Money.cny("5.00"));

        PartnerStatement s = Statements.of(X, Ledger.RECEIVABLE, Money.CNY, D.minusDays(60), D, book.itemsOf(X));
        assertThat(s.opening()).isEqualTo(Money.cny("30.00"));
        assertThat(s.lines()).hasSize(3);
        assertThat(s.closing()).isEqualTo(Money.cny("95.00"));

        AgeingRow row = Ageing.at(D, Money.CNY, book.itemsOf(X), book.writeOffs).get(0);
        assertThat(List.of(row.days0To30(), row.days31To60(), row.days61To90(), row.over90())).containsExactly(
                Money.cny("40.00"), Money.cny("30.00"), Money.cny("20.00"), Money.cny("10.00"));
        assertThat(row.net()).isEqualTo(Money.cny("95.00"));
    }
}
