package io.xinling.domain.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxRateTest {

    @ParameterizedTest(name = "{0} % inside {1}: tax {2}, net {3}")
    @CsvSource({
            "13, 113.00, 13.00, 100.00",
            "13, 100.00, 11.50,  88.50",
            "9,   10.00,  0.83,   9.17",
            "6,    0.01,  0.00,   0.01",
            "3,  103.00,  3.00, 100.00",
            "1,    1.01,  0.01,   1.00",
            "0,   99.99,  0.00,  99.99",
            "13, -113.00, -13.00, -100.00",
            "13, -100.00, -11.50,  -88.50",
    })
    void net_plus_tax_is_gross(String percent, String gross, String tax, String net) {
        TaxRate rate = TaxRate.ofPercent(percent);
        Money g = Money.cny(gross);

        Money t = rate.taxOfGross(g);
        Money n = g.minus(t);

        assertThat(t).isEqualTo(Money.cny(tax));
        assertThat(n).isEqualTo(Money.cny(net));
        assertThat(n.plus(t)).isEqualTo(g);
    }

    @Test
    void tax_inclusive_entry_rounds_the_net_and_the_tax_is_the_difference() {
        // 0.01 at 100 %: the exact net is 0.005; the spec rounds the net (half up), so the tax is what is left
        TaxRate rate = TaxRate.ofPercent("100");
        assertThat(rate.netOfGross(Money.cny("0.01"))).isEqualTo(Money.cny("0.01"));
        assertThat(rate.taxOfGross(Money.cny("0.01"))).isEqualTo(Money.cny("0.00"));
        assertThat(rate.netOfGross(Money.cny("-0.01"))).isEqualTo(Money.cny("-0.01"));
    }

    @ParameterizedTest(name = "{0} % on {1}: tax {2}")
    @CsvSource({
            "13, 100.00, 13.00",
            "13,   0.04,  0.01",
            "13,   0.03,  0.00",
            "9,    0.50,  0.05",
            "6,   -0.25, -0.02",
            "0,  100.00,  0.00",
    })
    void tax_on_a_net_amount_is_rounded_once_half_up(String percent, String net, String tax) {
        assertThat(TaxRate.ofPercent(percent).taxOfNet(Money.cny(net))).isEqualTo(Money.cny(tax));
    }

    @Test
    void a_rate_outside_zero_to_hundred_percent_is_refused() {
        assertThatThrownBy(() -> TaxRate.ofPercent("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TaxRate.ofPercent("100.01")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TaxRate.ofPercent("100").taxOfGross(Money.cny(200))).isEqualTo(Money.cny(100));
    }

    @Test
    void reads_as_a_percent() {
        assertThat(TaxRate.ofPercent("13")).hasToString("13%");
        assertThat(TaxRate.ZERO.taxOfNet(Money.cny(12345))).isEqualTo(Money.cny(0));
    }
}
