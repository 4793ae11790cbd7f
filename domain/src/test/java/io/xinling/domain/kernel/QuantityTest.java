package io.xinling.domain.kernel;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class QuantityTest {

    @Test
    void equality_is_numeric_whatever_the_scale() {
        assertThat(Quantity.of("2.5")).isEqualTo(Quantity.of("2.500000"));
        assertThat(new Quantity(new BigDecimal("24"))).isEqualTo(Quantity.of(24));
        assertThat(Quantity.of("2.5").hashCode()).isEqualTo(Quantity.of("2.50").hashCode());
    }

    @Test
    void format_is_the_shortest_decimal() {
        assertThat(Quantity.of("2.500000").format()).isEqualTo("2.5");
        assertThat(Quantity.of(24).format()).isEqualTo("24");
        assertThat(Quantity.of("1E+3").format()).isEqualTo("1000");
        assertThat(Quantity.of("-0.000001").format()).isEqualTo("-0.000001");
        assertThat(Quantity.ZERO.format()).isEqualTo("0");
    }

    @Test
    void more_than_six_decimals_are_refused_never_rounded() {
        assertThatThrownBy(() -> Quantity.of("0.0000001")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Quantity.parse("qty", "1.2345678").getLeft())
                .isEqualTo(new KernelError.TooManyDecimals("qty", "1.2345678", 6));
        assertThat(Quantity.parse("qty", "1.2345670")).isEqualTo(Either.right(Quantity.of("1.234567")));
    }

    @Test
    void parse_refuses_blank_and_malformed_input() {
        assertThat(Quantity.parse("qty", null).getLeft()).isInstanceOf(KernelError.InvalidValue.class);
        assertThat(Quantity.parse("qty", "").getLeft()).isInstanceOf(KernelError.InvalidValue.class);
        assertThat(Quantity.parse("qty", "3 箱").getLeft().code()).isEqualTo("kernel.invalid-value");
    }

    @Test
    void parse_refuses_absurd_exponents_quickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(Quantity.parse("qty", "1E+999999999").getLeft()).isInstanceOf(KernelError.InvalidValue.class);
            assertThat(Quantity.parse("qty", "1E-999999999").getLeft()).isInstanceOf(KernelError.TooManyDecimals.class);
        });
    }

    @Test
    void arithmetic_is_exact() {
        Quantity a = Quantity.of("0.1");
        Quantity b = Quantity.of("0.2");

        assertThat(a.plus(b)).isEqualTo(Quantity.of("0.3"));
        assertThat(a.minus(b)).isEqualTo(Quantity.of("-0.1"));
        assertThat(a.minus(b).abs()).isEqualTo(a);
        assertThat(a.minus(b).isNegative()).isTrue();
        assertThat(a.min(b)).isEqualTo(a);
        assertThat(a.max(b)).isEqualTo(b);
    }
}
