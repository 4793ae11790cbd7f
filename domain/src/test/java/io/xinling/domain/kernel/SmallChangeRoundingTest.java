package io.xinling.domain.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallChangeRoundingTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
            "TRUNCATE_TENTH, 12.34, 12.30",
            "TRUNCATE_TENTH, 12.39, 12.30",
            "TRUNCATE_UNIT,  12.99, 12.00",
            "HALF_UP_TENTH,  12.34, 12.30",
            "HALF_UP_TENTH,  12.35, 12.40",
            "HALF_UP_UNIT,   12.49, 12.00",
            "HALF_UP_UNIT,   12.50, 13.00",
            "CEILING_TENTH,  12.31, 12.40",
            "CEILING_UNIT,   12.01, 13.00",
    })
    void each_mode_rounds_a_sale_to_its_step(SmallChangeRounding mode, String amount, String expected) {
        assertThat(Money.cny(amount).roundSmallChange(mode)).isEqualTo(Money.cny(expected));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
            "TRUNCATE_TENTH, -12.34, -12.30",
            "TRUNCATE_UNIT,  -12.99, -12.00",
            "HALF_UP_TENTH,  -12.34, -12.30",
            "HALF_UP_TENTH,  -12.35, -12.40",
            "HALF_UP_UNIT,   -12.49, -12.00",
            "HALF_UP_UNIT,   -12.50, -13.00",
            "CEILING_TENTH,  -12.31, -12.40",
            "CEILING_UNIT,   -12.01, -13.00",
    })
    void a_refund_rounds_by_magnitude_like_a_sale(SmallChangeRounding mode, String amount, String expected) {
        assertThat(Money.cny(amount).roundSmallChange(mode)).isEqualTo(Money.cny(expected));
    }

    @ParameterizedTest
    @EnumSource(SmallChangeRounding.class)
    void an_amount_already_on_the_step_is_unchanged(SmallChangeRounding mode) {
        assertThat(Money.cny("12.00").roundSmallChange(mode)).isEqualTo(Money.cny("12.00"));
        assertThat(Money.cny("-7.00").roundSmallChange(mode)).isEqualTo(Money.cny("-7.00"));
        assertThat(Money.cny(0).roundSmallChange(mode)).isEqualTo(Money.cny(0));
    }

    @ParameterizedTest
    @EnumSource(SmallChangeRounding.class)
    void a_currency_without_decimals_has_nothing_to_round(SmallChangeRounding mode) {
        Money yen = Money.of(1234, Currency.getInstance("JPY"));

        assertThat(yen.roundSmallChange(mode)).isEqualTo(yen);
    }

    @Test
    void the_step_follows_the_currency_decimals() {
        Currency dinar = Currency.getInstance("BHD");

        assertThat(Money.of(1234, dinar).roundSmallChange(SmallChangeRounding.TRUNCATE_TENTH).minor()).isEqualTo(1200);
        assertThat(Money.of(1234, dinar).roundSmallChange(SmallChangeRounding.CEILING_UNIT).minor()).isEqualTo(2000);
    }

    @Test
    void rounding_near_the_limit_is_overflow_checked() {
        assertThatThrownBy(() -> Money.cny(Long.MAX_VALUE).roundSmallChange(SmallChangeRounding.CEILING_UNIT))
                .isInstanceOf(ArithmeticException.class);
    }
}
