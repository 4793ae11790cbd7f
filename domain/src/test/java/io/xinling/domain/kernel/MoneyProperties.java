package io.xinling.domain.kernel;

import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyProperties {

    @Property
    void rounded_division_in_longs_is_bigdecimal_division(@ForAll long a, @ForAll @LongRange(min = 1) long b,
                                                          @ForAll RoundingMode mode) {
        Long expected;
        try {
            expected = BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 0, mode).longValueExact();
        } catch (ArithmeticException e) {
            expected = null;
        }
        if (expected == null) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.divide(a, b, mode))
                    .isInstanceOf(ArithmeticException.class);
        } else {
            assertThat(Money.divide(a, b, mode)).isEqualTo(expected);
        }
    }

    @Property
    void rounded_division_of_small_amounts_is_bigdecimal_division(
            @ForAll @LongRange(min = -100_000, max = 100_000) long a, @ForAll @LongRange(min = 1, max = 1_000) long b,
            @ForAll RoundingMode mode) {
        rounded_division_in_longs_is_bigdecimal_division(a, b, mode);
    }

    @Property
    void allocation_sums_to_the_whole(@ForAll("money") Money amount, @ForAll("weights") List<BigDecimal> weights) {
        List<Money> parts = amount.allocate(weights);

        assertThat(parts).hasSameSizeAs(weights);
        assertThat(parts.stream().reduce(Money.zero(amount.currency()), Money::plus)).isEqualTo(amount);
    }

    @Property
    void each_part_is_within_one_minor_unit_of_its_exact_share(
            @ForAll("money") Money amount, @ForAll("weights") List<BigDecimal> weights) {
        List<Money> parts = amount.allocate(weights);
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        for (int i = 0; i < parts.size(); i++) {
            // |part - amount × w / sum| < 1  ⇔  |part × sum - amount × w| < sum, all exact
            BigDecimal exactTimesSum = BigDecimal.valueOf(amount.minor()).multiply(weights.get(i));
            BigDecimal error = BigDecimal.valueOf(parts.get(i).minor()).multiply(sum).subtract(exactTimesSum).abs();
            assertThat(error).as("part %d of %s", i, parts).isLessThan(sum);
        }
    }

    @Property
    void a_larger_weight_never_gets_a_smaller_part(@ForAll("money") Money amount, @ForAll("weights") List<BigDecimal> weights) {
        List<Money> parts = amount.allocate(weights);

        for (int i = 0; i < weights.size(); i++) {
            for (int j = 0; j < weights.size(); j++) {
                if (weights.get(i).compareTo(weights.get(j)) > 0) {
                    assertThat(Math.abs(parts.get(i).minor())).isGreaterThanOrEqualTo(Math.abs(parts.get(j).minor()));
                }
            }
        }
    }

    @Property
    void a_zero_weight_gets_nothing(@ForAll("money") Money amount, @ForAll("weights") List<BigDecimal> weights) {
        List<Money> parts = amount.allocate(weights);

        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i).signum() == 0) {
                assertThat(parts.get(i).isZero()).isTrue();
            }
        }
    }

    @Property
    void a_negative_amount_splits_as_the_mirror_of_its_magnitude(
            @ForAll("money") Money amount, @ForAll("weights") List<BigDecimal> weights) {
        List<Money> mirrored = amount.negate().allocate(weights).stream().map(Money::negate).toList();

        assertThat(amount.allocate(weights)).isEqualTo(mirrored);
    }

    @Property
    void parse_of_format_is_the_identity(@ForAll("anyMoney") Money amount) {
        assertThat(Money.parse("amount", amount.format(), amount.currency())).isEqualTo(Either.right(amount));
        assertThat(Money.ofDecimal("amount", amount.toDecimal(), amount.currency())).isEqualTo(Either.right(amount));
    }

    @Property
    void parse_refuses_one_decimal_more_than_the_currency_has(
            @ForAll("money") Money amount, @ForAll @IntRange(min = 1, max = 9) int extraDigit) {
        String text = amount.format() + (amount.fractionDigits() == 0 ? "." : "") + extraDigit;

        assertThat(Money.parse("amount", text, amount.currency()).getLeft())
                .isInstanceOf(KernelError.TooManyDecimals.class);
    }

    @Property
    void trailing_zeros_are_not_extra_decimals(@ForAll("money") Money amount, @ForAll @IntRange(min = 1, max = 5) int zeros) {
        String text = amount.format() + (amount.fractionDigits() == 0 ? "." : "") + "0".repeat(zeros);

        assertThat(Money.parse("amount", text, amount.currency())).isEqualTo(Either.right(amount));
    }

    @Property
    void minus_undoes_plus(@ForAll("money") Money a, @ForAll @LongRange(min = -KernelArbitraries.LARGE_MINOR,
            max = KernelArbitraries.LARGE_MINOR) long bMinor) {
        Money b = Money.of(bMinor, a.currency());

        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.compareTo(b)).isEqualTo(Long.compare(a.minor(), bMinor));
    }

    @Property
    void multiplication_by_a_decimal_is_within_one_minor_unit_of_exact(
            @ForAll("money") Money amount, @ForAll("factors") BigDecimal factor, @ForAll RoundingMode rule) {
        if (rule == RoundingMode.UNNECESSARY) {
            return;
        }
        BigDecimal exact = amount.toDecimal().multiply(factor);
        BigDecimal result = amount.times(factor, rule).toDecimal();
        BigDecimal oneMinor = BigDecimal.ONE.movePointLeft(amount.fractionDigits());

        assertThat(result.subtract(exact).abs()).isLessThan(oneMinor);
    }

    @Provide
    Arbitrary<Money> money() {
        return KernelArbitraries.money();
    }

    @Provide
    Arbitrary<Money> anyMoney() {
        return KernelArbitraries.anyMoney();
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return KernelArbitraries.weights();
    }

    @Provide
    Arbitrary<BigDecimal> factors() {
        // |factor| <= 10 keeps a trillion-yuan amount in range; scales 4 to 8 as rates and quantities have them
        return Combinators.combine(Arbitraries.longs().between(-100_000, 100_000), Arbitraries.integers().between(4, 8))
                .as(BigDecimal::valueOf);
    }
}
