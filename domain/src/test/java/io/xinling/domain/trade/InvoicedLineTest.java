package io.xinling.domain.trade;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TaxRate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.5 and I-19 on the lines of a supplier invoice that settles an estimated receipt. */
class InvoicedLineTest {

    private static final TaxRate VAT13 = TaxRate.ofPercent("13");

    @Test
    void tax_exclusive_entry_rounds_the_tax_once_and_net_plus_tax_is_gross() {
        InvoicedLine l = InvoicedLine.ofNet(1, VAT13, Money.cny("0.07"));
        assertThat(l.tax()).isEqualTo(Money.cny("0.01"));
        assertThat(l.gross()).isEqualTo(Money.cny("0.08"));
        assertThat(l.stock(false)).isEqualTo(Money.cny("0.07"));
        assertThat(l.stock(true)).as("a small-scale taxpayer's stock takes the VAT").isEqualTo(Money.cny("0.08"));
    }

    @Test
    void tax_inclusive_entry_rounds_the_net_once_and_the_tax_is_the_rest() {
        InvoicedLine l = InvoicedLine.ofGross(2, VAT13, Money.cny("100.00"));
        assertThat(l.net()).isEqualTo(Money.cny("88.50"));
        assertThat(l.tax()).isEqualTo(Money.cny("11.50"));
        assertThat(l.net().plus(l.tax())).isEqualTo(Money.cny("100.00"));
    }
}
