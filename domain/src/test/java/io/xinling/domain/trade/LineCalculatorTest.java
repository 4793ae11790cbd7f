package io.xinling.domain.trade;

import io.xinling.domain.kernel.KernelError;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.pricing.UnitPrice;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineCalculatorTest {

    private static final TaxRate VAT13 = TaxRate.ofPercent("13");

    private static LineInput line(String qty, String price, String discountPercent) {
        return new LineInput(1, Quantity.of(qty), UnitPrice.of(price, Money.CNY), Percentage.ofPercent(discountPercent),
                VAT13, false);
    }

    private static DocumentAmounts cny(PriceEntry entry, Money orderDiscount, LineInput... lines) {
        return LineCalculator.calculate(ExchangeRate.CNY, entry, List.of(lines), orderDiscount).get();
    }

    @Test
    void e1_sale_of_60_at_20_excluding_tax_is_1200_net_156_tax_1356_gross() {
        DocumentAmounts doc = cny(PriceEntry.TAX_EXCLUSIVE, Money.cny(0), line("60", "20.00", "0"));
        assertThat(doc.net()).isEqualTo(Money.cny("1200.00"));
        assertThat(doc.tax()).isEqualTo(Money.cny("156.00"));
        assertThat(doc.gross()).isEqualTo(Money.cny("1356.00"));
        assertThat(doc.bookGross()).isEqualTo(Money.cny("1356.00"));
    }

    @Test
    void e7_return_of_2_at_9_excluding_tax_is_18_net_2_34_tax() {
        DocumentAmounts doc = cny(PriceEntry.TAX_EXCLUSIVE, Money.cny(0), line("2", "9.00", "0"));
        assertThat(doc.lines().get(0)).isEqualTo(new LineAmounts(Money.cny("18.00"), Money.cny(0), Money.cny(0),
                Money.cny("18.00"), Money.cny("2.34"), Money.cny("20.34")));
    }

    @Test
    void tax_inclusive_entry_rounds_the_net_and_takes_the_tax_as_the_difference() {
        LineAmounts l = cny(PriceEntry.TAX_INCLUSIVE, Money.cny(0), line("1", "10.00", "0")).lines().get(0);
        assertThat(l.net()).isEqualTo(Money.cny("8.85"));
        assertThat(l.tax()).isEqualTo(Money.cny("1.15"));
        assertThat(l.gross()).isEqualTo(Money.cny("10.00"));
    }

    @Test
    void quantity_times_a_four_decimal_price_rounds_once_half_up() {
        LineAmounts l = cny(PriceEntry.TAX_EXCLUSIVE, Money.cny(0), line("3", "0.3335", "0")).lines().get(0);
        assertThat(l.amount()).isEqualTo(Money.cny("1.00"));
    }

    @Test
    void the_line_discount_comes_off_before_tax() {
        LineAmounts l = cny(PriceEntry.TAX_EXCLUSIVE, Money.cny(0), line("3", "33.33", "10")).lines().get(0);
        assertThat(l.amount()).isEqualTo(Money.cny("99.99"));
        assertThat(l.lineDiscount()).isEqualTo(Money.cny("10.00"));
        assertThat(l.net()).isEqualTo(Money.cny("89.99"));
        assertThat(l.tax()).isEqualTo(Money.cny("11.70"));
    }

    @Test
    void an_order_discount_is_allocated_by_largest_remainder_and_sums_to_the_whole() {
        DocumentAmounts doc = cny(PriceEntry.TAX_INCLUSIVE, Money.cny("1.00"),
                line("1", "10.00", "0"), line("1", "10.00", "0"), line("1", "10.00", "0"));
        assertThat(doc.lines()).extracting(LineAmounts::orderDiscount)
                .containsExactly(Money.cny("0.34"), Money.cny("0.33"), Money.cny("0.33"));
        assertThat(doc.gross()).isEqualTo(Money.cny("29.00"));
    }

    @Test
    void a_gift_line_has_zero_amounts_and_takes_no_order_discount() {
        LineInput gift = new LineInput(2, Quantity.of(1), UnitPrice.of("0", Money.CNY), Percentage.ZERO, VAT13, true);
        DocumentAmounts doc = cny(PriceEntry.TAX_INCLUSIVE, Money.cny("1.00"), line("1", "10.00", "0"), gift);
        assertThat(doc.lines().get(1).gross()).isEqualTo(Money.cny(0));
        assertThat(doc.lines().get(1).orderDiscount()).isEqualTo(Money.cny(0));
        assertThat(doc.gross()).isEqualTo(Money.cny("9.00"));
    }

    @Test
    void a_zero_price_is_refused_unless_the_line_is_a_gift_and_a_gift_must_be_free() {
        LineInput free = new LineInput(2, Quantity.of(1), UnitPrice.of("0", Money.CNY), Percentage.ZERO, VAT13, false);
        LineInput paidGift = new LineInput(2, Quantity.of(1), UnitPrice.of("1", Money.CNY), Percentage.ZERO, VAT13, true);
        assertThat(LineCalculator.calculate(ExchangeRate.CNY, PriceEntry.TAX_INCLUSIVE, List.of(free), Money.cny(0))
                .getLeft().code()).isEqualTo("trade.invalid-line");
        assertThat(LineCalculator.calculate(ExchangeRate.CNY, PriceEntry.TAX_INCLUSIVE, List.of(paidGift), Money.cny(0))
                .getLeft().code()).isEqualTo("trade.invalid-line");
    }

    @Test
    void an_order_discount_larger_than_the_lines_is_refused() {
        assertThat(LineCalculator.calculate(ExchangeRate.CNY, PriceEntry.TAX_INCLUSIVE, List.of(line("1", "1.00", "0")),
                Money.cny("1.01")).getLeft()).isInstanceOf(TradeError.OrderDiscountExceedsLines.class);
    }

    @Test
    void a_price_with_more_than_four_decimals_is_refused() {
        assertThat(UnitPrice.parse("price", "1.23456", Money.CNY).getLeft()).isInstanceOf(KernelError.TooManyDecimals.class);
        assertThat(UnitPrice.parse("price", "1.234500", Money.CNY).get()).isEqualTo(UnitPrice.of("1.2345", Money.CNY));
    }

    @Test
    void a_usd_document_converts_net_and_gross_once_and_keeps_net_plus_tax_equal_to_gross_in_cny() {
        Currency usd = Currency.getInstance("USD");
        ExchangeRate rate = new ExchangeRate(usd, new BigDecimal("7.1234"));
        LineInput l = new LineInput(1, Quantity.of(3), UnitPrice.of("33.33", usd), Percentage.ZERO, VAT13, false);
        DocumentAmounts doc = LineCalculator.calculate(rate, PriceEntry.TAX_EXCLUSIVE, List.of(l), Money.zero(usd)).get();
        assertThat(doc.gross()).isEqualTo(Money.of("112.99", usd));
        assertThat(doc.bookNet()).isEqualTo(Money.cny("712.27"));
        assertThat(doc.bookGross()).isEqualTo(Money.cny("804.87"));
        assertThat(doc.bookNet().plus(doc.bookTax())).isEqualTo(doc.bookGross());
    }

    @Test
    void a_line_priced_in_another_currency_is_refused() {
        LineInput usd = new LineInput(1, Quantity.of(1), UnitPrice.of("1", Currency.getInstance("USD")), Percentage.ZERO,
                VAT13, false);
        assertThat(LineCalculator.calculate(ExchangeRate.CNY, PriceEntry.TAX_INCLUSIVE, List.of(usd), Money.cny(0))
                .getLeft()).isInstanceOf(TradeError.CurrencyMismatch.class);
    }
}
