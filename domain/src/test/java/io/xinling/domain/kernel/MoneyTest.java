package io.xinling.domain.kernel;

import io.vavr.control.Either;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    @Nested
    class Arithmetic {

        @Test
        void overflow_is_checked_not_wrapped() {
            Money max = Money.cny(Long.MAX_VALUE);
            Money min = Money.cny(Long.MIN_VALUE);

            assertThatThrownBy(() -> max.plus(Money.cny(1))).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> min.minus(Money.cny(1))).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(min::negate).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(min::abs).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> max.times(new BigDecimal("1.5"), RoundingMode.HALF_UP))
                    .isInstanceOf(ArithmeticException.class);
        }

        @Test
        void mixed_currencies_are_refused() {
            Money yuan = Money.cny(100);
            Money dollar = Money.of(100, USD);

            assertThatThrownBy(() -> yuan.plus(dollar)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("mixed currencies");
            assertThatThrownBy(() -> yuan.minus(dollar)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> yuan.compareTo(dollar)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> yuan.min(dollar)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> yuan.max(dollar)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void same_amount_in_different_currencies_is_not_equal() {
            assertThat(Money.cny(100)).isNotEqualTo(Money.of(100, USD));
        }

        @Test
        void multiplication_by_a_decimal_rounds_once_by_the_named_rule() {
            Money price = Money.cny("0.15");

            assertThat(price.times(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Money.cny(8));
            assertThat(price.times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN)).isEqualTo(Money.cny(8));
            assertThat(price.times(new BigDecimal("0.5"), RoundingMode.DOWN)).isEqualTo(Money.cny(7));
            assertThat(Money.cny("0.25").times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN))
                    .isEqualTo(Money.cny(12));
            assertThatThrownBy(() -> price.times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
                    .isInstanceOf(ArithmeticException.class);
        }

        @Test
        void a_currency_without_minor_units_is_refused() {
            assertThatThrownBy(() -> Money.of(1, Currency.getInstance("XXX")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class ParsingAndFormatting {

        @Test
        void format_shows_exactly_the_decimals_of_the_currency() {
            assertThat(Money.cny(1230).format()).isEqualTo("12.30");
            assertThat(Money.cny(-5).format()).isEqualTo("-0.05");
            assertThat(Money.of(1230, JPY).format()).isEqualTo("1230");
            assertThat(Money.of(1230, BHD).format()).isEqualTo("1.230");
            assertThat(Money.cny(1230)).hasToString("12.30 CNY");
        }

        @Test
        void parse_reads_decimal_strings_into_minor_units() {
            assertThat(Money.parse("price", "12.3", Money.CNY)).isEqualTo(Either.right(Money.cny(1230)));
            assertThat(Money.parse("price", " 12.30 ", Money.CNY)).isEqualTo(Either.right(Money.cny(1230)));
            assertThat(Money.parse("price", "-0.05", Money.CNY)).isEqualTo(Either.right(Money.cny(-5)));
            assertThat(Money.parse("price", "12.000", Money.CNY)).isEqualTo(Either.right(Money.cny(1200)));
            assertThat(Money.parse("price", "1E+2", Money.CNY)).isEqualTo(Either.right(Money.cny(10000)));
        }

        @Test
        void parse_rejects_more_decimals_than_the_currency_has_and_never_rounds() {
            Either<KernelError, Money> fen = Money.parse("price", "12.345", Money.CNY);
            Either<KernelError, Money> yen = Money.parse("price", "100.5", JPY);
            Either<KernelError, Money> tiny = Money.parse("price", "0.001", Money.CNY);

            assertThat(fen.getLeft()).isEqualTo(new KernelError.TooManyDecimals("price", "12.345", 2));
            assertThat(fen.getLeft().code()).isEqualTo("kernel.too-many-decimals");
            assertThat(yen.getLeft()).isInstanceOf(KernelError.TooManyDecimals.class);
            assertThat(tiny.getLeft()).isInstanceOf(KernelError.TooManyDecimals.class);
            assertThatThrownBy(() -> Money.cny("0.125")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void parse_refuses_blank_malformed_and_out_of_range_input() {
            assertThat(Money.parse("price", null, Money.CNY).getLeft()).isInstanceOf(KernelError.InvalidValue.class);
            assertThat(Money.parse("price", "  ", Money.CNY).getLeft()).isInstanceOf(KernelError.InvalidValue.class);
            assertThat(Money.parse("price", "12,30", Money.CNY).getLeft().message()).contains("price");
            assertThat(Money.parse("price", "NaN", Money.CNY).getLeft()).isInstanceOf(KernelError.InvalidValue.class);
            assertThat(Money.parse("price", "92233720368547758.08", Money.CNY).getLeft())
                    .isEqualTo(new KernelError.InvalidValue("price", "amount out of range"));
            assertThat(Money.parse("price", "92233720368547758.07", Money.CNY))
                    .isEqualTo(Either.right(Money.cny(Long.MAX_VALUE)));
            assertThat(Money.parse("price", "-92233720368547758.08", Money.CNY))
                    .isEqualTo(Either.right(Money.cny(Long.MIN_VALUE)));
        }

        @Test
        void parse_refuses_absurd_exponents_quickly() {
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                assertThat(Money.parse("price", "1E+999999999", Money.CNY).getLeft())
                        .isInstanceOf(KernelError.InvalidValue.class);
                assertThat(Money.parse("price", "1E-999999999", Money.CNY).getLeft())
                        .isInstanceOf(KernelError.TooManyDecimals.class);
            });
        }

        @Test
        void round_names_its_rule_and_checks_range() {
            assertThat(Money.round(new BigDecimal("1.005"), Money.CNY, RoundingMode.HALF_UP)).isEqualTo(Money.cny(101));
            assertThat(Money.round(new BigDecimal("1.005"), Money.CNY, RoundingMode.HALF_EVEN)).isEqualTo(Money.cny(100));
            assertThat(Money.round(new BigDecimal("-1.005"), Money.CNY, RoundingMode.HALF_UP)).isEqualTo(Money.cny(-101));
            assertThatThrownBy(() -> Money.round(new BigDecimal("1E+30"), Money.CNY, RoundingMode.HALF_UP))
                    .isInstanceOf(ArithmeticException.class);
        }
    }

    @Nested
    class Allocation {

        @Test
        void allocation_ties_go_to_the_earlier_part() {
            assertThat(Money.cny(100).allocate(1, 1, 1)).containsExactly(Money.cny(34), Money.cny(33), Money.cny(33));
            assertThat(Money.cny(200).allocate(1, 1, 1)).containsExactly(Money.cny(67), Money.cny(67), Money.cny(66));
            assertThat(Money.cny(5).allocate(1, 1, 1, 1)).containsExactly(
                    Money.cny(2), Money.cny(1), Money.cny(1), Money.cny(1));
        }

        @Test
        void leftover_units_go_to_the_largest_remainders_first() {
            // shares 3.3, 3.3 and 3.4 (weights 33, 33, 34 of 10): the third part has the largest remainder
            assertThat(Money.cny(10).allocate(33, 33, 34)).containsExactly(Money.cny(3), Money.cny(3), Money.cny(4));
            // shares 0.7, 0.2, 0.1 of 1 unit
            assertThat(Money.cny(1).allocate(7, 2, 1)).containsExactly(Money.cny(1), Money.cny(0), Money.cny(0));
        }

        @Test
        void allocation_by_decimal_weights_sums_to_the_whole() {
            List<Money> parts = Money.cny("100.00").allocate(List.of(
                    new BigDecimal("19.99"), new BigDecimal("5.01"), new BigDecimal("0.333")));

            assertThat(parts.stream().map(Money::minor).mapToLong(Long::longValue).sum()).isEqualTo(10000);
            assertThat(parts).allMatch(p -> p.currency().equals(Money.CNY));
        }

        @Test
        void a_negative_amount_is_split_as_its_magnitude() {
            assertThat(Money.cny(-100).allocate(1, 1, 1))
                    .containsExactly(Money.cny(-34), Money.cny(-33), Money.cny(-33));
        }

        @Test
        void a_zero_weight_gets_nothing() {
            assertThat(Money.cny(101).allocate(0, 1, 0, 1))
                    .containsExactly(Money.cny(0), Money.cny(51), Money.cny(0), Money.cny(50));
        }

        @Test
        void allocation_refuses_empty_negative_or_all_zero_weights() {
            assertThatThrownBy(() -> Money.cny(1).allocate(List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Money.cny(1).allocate(1, -1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Money.cny(1).allocate(0, 0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void allocating_the_smallest_long_is_an_overflow_not_a_wrong_answer() {
            assertThatThrownBy(() -> Money.cny(Long.MIN_VALUE).allocate(1))
                    .isInstanceOf(ArithmeticException.class);
        }
    }
}
