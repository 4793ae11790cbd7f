package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.pricing.ExchangeRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeDifferenceTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    private static SettlementItem item(long id, ItemSide side, ItemKind kind, String usd, String rate) {
        ExchangeRate r = new ExchangeRate(USD, new BigDecimal(rate));
        Money amount = Money.of(usd, USD);
        return new SettlementItem(new SettlementItemId(id), new PartnerId(1), Ledger.RECEIVABLE, side, kind,
                new SourceDocument("t", "r" + id), D, D, amount, amount, r, r.toBook(amount), Optional.empty(),
                Optional.empty());
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    @Test
    void a_sale_at_7_10_received_at_7_20_realises_a_difference_of_10_00() {
        SettlementItem sale = item(1, ItemSide.DEBIT, ItemKind.DOCUMENT, "100.00", "7.10");
        SettlementItem receipt = item(2, ItemSide.CREDIT, ItemKind.RECEIPT, "100.00", "7.20");
        assertThat(ExchangeDifference.bookFall(sale, usd("100.00"))).isEqualTo(Money.cny("710.00"));
        assertThat(ExchangeDifference.realised(sale, receipt, usd("100.00"))).isEqualTo(Money.cny("10.00"));
    }

    @Test
    void partial_settlements_are_proportional_and_the_last_takes_the_remainder() {
        // 100.01 USD at 7.1234 books 712.41: two parts of 33.33 take 237.42 each at the rate, the last the 237.57 left
        SettlementItem sale = item(1, ItemSide.DEBIT, ItemKind.DOCUMENT, "100.01", "7.1234");
        assertThat(sale.bookAmount()).isEqualTo(Money.cny("712.41"));
        Money first = ExchangeDifference.bookFall(sale, usd("33.33"));
        SettlementItem afterFirst = sale.withOpen(usd("66.68"));
        Money second = ExchangeDifference.bookFall(afterFirst, usd("33.33"));
        SettlementItem afterSecond = afterFirst.withOpen(usd("33.35"));
        Money last = ExchangeDifference.bookFall(afterSecond, usd("33.35"));
        assertThat(first).isEqualTo(Money.cny("237.42"));
        assertThat(second).isEqualTo(Money.cny("237.42"));
        assertThat(last).isEqualTo(Money.cny("237.57"));
        assertThat(first.plus(second).plus(last)).isEqualTo(sale.bookAmount());
        assertThat(afterSecond.withOpen(usd("0.00")).bookOpen()).isEqualTo(Money.cny("0.00"));
    }

    @Test
    void a_loss_is_negative_and_a_reversal_negates_the_original_difference() {
        SettlementItem sale = item(1, ItemSide.DEBIT, ItemKind.DOCUMENT, "100.00", "7.10");
        SettlementItem receipt = item(2, ItemSide.CREDIT, ItemKind.RECEIPT, "100.00", "7.00");
        Money loss = ExchangeDifference.realised(sale, receipt, usd("40.00"));
        assertThat(loss).isEqualTo(Money.cny("-4.00"));
        SettlementItem saleAfter = sale.withOpen(usd("60.00"));
        SettlementItem receiptAfter = receipt.withOpen(usd("60.00"));
        assertThat(ExchangeDifference.realised(saleAfter, receiptAfter, usd("-40.00"))).isEqualTo(loss.negate());
    }

    @Test
    void cny_items_realise_nothing() {
        SettlementItem sale = new SettlementItem(new SettlementItemId(1), new PartnerId(1), Ledger.RECEIVABLE,
                ItemSide.DEBIT, ItemKind.DOCUMENT, new SourceDocument("t", "a"), D, D, Money.cny("33.33"),
                Money.cny("33.33"), ExchangeRate.CNY, Money.cny("33.33"), Optional.empty(), Optional.empty());
        SettlementItem receipt = new SettlementItem(new SettlementItemId(2), new PartnerId(1), Ledger.RECEIVABLE,
                ItemSide.CREDIT, ItemKind.RECEIPT, new SourceDocument("t", "b"), D, D, Money.cny("50.00"),
                Money.cny("50.00"), ExchangeRate.CNY, Money.cny("50.00"), Optional.empty(), Optional.empty());
        assertThat(ExchangeDifference.realised(sale, receipt, Money.cny("33.33")).isZero()).isTrue();
    }
}
