package io.xinling.domain.kernel;

import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.pricing.UnitPrice;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalTextTest {

    @Test
    void ascii_decimals_read_as_before_with_white_space_around() {
        assertThat(DecimalText.parse(" 12.50 ")).isEqualByComparingTo("12.5");
        assertThat(DecimalText.parse("-0.001")).isEqualByComparingTo("-0.001");
        assertThat(DecimalText.parse("\u300012\u3000")).isEqualByComparingTo(BigDecimal.valueOf(12));
    }

    @Test
    void digits_of_other_scripts_are_not_a_number() {
        assertThatThrownBy(() -> DecimalText.parse("１２")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> DecimalText.parse("1２.5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> DecimalText.parse("١٢")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void amounts_quantities_prices_and_rates_refuse_full_width_digits_as_malformed() {
        assertThat(Money.parse("amount", "１２.００", Money.CNY).getLeft()).isInstanceOf(KernelError.InvalidValue.class);
        assertThat(Quantity.parse("quantity", "３").getLeft()).isInstanceOf(KernelError.InvalidValue.class);
        assertThat(UnitPrice.parse("price", "９.９", Money.CNY).getLeft()).isInstanceOf(KernelError.InvalidValue.class);
        assertThat(ExchangeRate.parse("rate", java.util.Currency.getInstance("USD"), "７.１").getLeft())
                .isInstanceOf(KernelError.InvalidValue.class);
        assertThat(Money.parse("amount", "12.00", Money.CNY).get()).isEqualTo(Money.cny("12.00"));
    }
}
