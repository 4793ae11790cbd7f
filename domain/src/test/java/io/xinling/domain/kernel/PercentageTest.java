package io.xinling.domain.kernel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentageTest {

    @Test
    void a_percent_figure_is_held_as_a_fraction_of_one() {
        Percentage rate = Percentage.ofPercent("12.5");

        assertThat(rate.fraction()).isEqualByComparingTo("0.125");
        assertThat(rate.percent()).isEqualByComparingTo("12.5");
        assertThat(rate.basisPoints()).isEqualTo(1250);
        assertThat(rate).isEqualTo(Percentage.ofBasisPoints(1250));
        assertThat(rate).hasToString("12.5%");
        assertThat(Percentage.HUNDRED).hasToString("100%");
    }

    @Test
    void a_rate_finer_than_eight_decimals_is_refused() {
        assertThatThrownBy(() -> new Percentage(new BigDecimal("0.123456789"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void basis_points_refuse_a_finer_rate() {
        assertThatThrownBy(() -> Percentage.ofPercent("12.345").basisPoints()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void applying_a_rate_to_money_names_the_rounding() {
        Percentage rate = Percentage.ofPercent("12.5");

        assertThat(rate.of(Money.cny(100), RoundingMode.HALF_UP)).isEqualTo(Money.cny(13));
        assertThat(rate.of(Money.cny(100), RoundingMode.HALF_EVEN)).isEqualTo(Money.cny(12));
        assertThat(rate.complement()).isEqualTo(Percentage.ofPercent("87.5"));
        assertThat(rate.compareTo(Percentage.ofPercent("13"))).isNegative();
        assertThat(Percentage.ofPercent("101").isBetweenZeroAndHundred()).isFalse();
    }
}
