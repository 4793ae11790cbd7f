package io.xinling.domain.kernel;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitConversionsTest {

    private static final Unit BOTTLE = Unit.of("瓶");
    private static final Unit CASE = Unit.of("箱");
    private static final Unit PACK = Unit.of("包");
    private static final UnitConversions BEER = UnitConversions.of(BOTTLE)
            .with(CASE, BigDecimal.valueOf(24))
            .with(PACK, new BigDecimal("6.0"));

    @Test
    void to_base_multiplies_exactly() {
        assertThat(BEER.toBase("qty", new UnitQuantity(Quantity.of(3), CASE))).isEqualTo(Either.right(Quantity.of(72)));
        assertThat(BEER.toBase("qty", new UnitQuantity(Quantity.of("0.5"), PACK))).isEqualTo(Either.right(Quantity.of(3)));
        assertThat(BEER.toBase("qty", new UnitQuantity(Quantity.of(7), BOTTLE))).isEqualTo(Either.right(Quantity.of(7)));
    }

    @Test
    void from_base_is_exact_when_the_factor_divides() {
        assertThat(BEER.fromBase(Quantity.of(72), CASE)).isEqualTo(Either.right(new UnitQuantity(Quantity.of(3), CASE)));
        assertThat(BEER.fromBase(Quantity.of(3), PACK)).isEqualTo(Either.right(new UnitQuantity(Quantity.of("0.5"), PACK)));
    }

    @Test
    void from_base_rounds_half_up_at_six_decimals_when_it_does_not_divide() {
        assertThat(BEER.fromBase(Quantity.of(10), CASE).get().quantity()).isEqualTo(Quantity.of("0.416667"));
    }

    @Test
    void to_base_refuses_a_result_finer_than_six_decimals() {
        UnitConversions flour = UnitConversions.of(Unit.of("kg")).with(Unit.of("g"), new BigDecimal("0.001"));

        assertThat(flour.toBase("qty", new UnitQuantity(Quantity.of("0.5"), Unit.of("g"))))
                .isEqualTo(Either.right(Quantity.of("0.0005")));
        assertThat(flour.toBase("qty", new UnitQuantity(Quantity.of("0.0005"), Unit.of("g"))).getLeft())
                .isInstanceOf(KernelError.TooManyDecimals.class);
    }

    @Test
    void an_unknown_unit_is_an_error() {
        Unit pallet = Unit.of("托");

        assertThat(BEER.toBase("qty", new UnitQuantity(Quantity.ONE, pallet)).getLeft())
                .isEqualTo(new KernelError.UnknownUnit("托"));
        assertThat(BEER.fromBase(Quantity.ONE, pallet).getLeft()).isEqualTo(new KernelError.UnknownUnit("托"));
        assertThat(BEER.knows(pallet)).isFalse();
        assertThat(BEER.knows(CASE)).isTrue();
    }

    @Test
    void factors_are_positive_and_the_base_unit_has_factor_one() {
        assertThatThrownBy(() -> BEER.with(Unit.of("托"), BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BEER.with(Unit.of("托"), new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BEER.with(BOTTLE, BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BEER.with(BOTTLE, new BigDecimal("1.00")).factors()).containsEntry(BOTTLE, BigDecimal.ONE);
    }

    @Test
    void with_returns_a_copy() {
        UnitConversions base = UnitConversions.of(BOTTLE);
        base.with(CASE, BigDecimal.TEN);

        assertThat(base.knows(CASE)).isFalse();
        assertThat(BEER.base()).isEqualTo(BOTTLE);
    }

    @Test
    void unit_codes_are_trimmed_and_bounded() {
        assertThat(Unit.of(" 箱 ")).isEqualTo(CASE);
        assertThatThrownBy(() -> Unit.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Unit.of("x".repeat(17))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new UnitQuantity(Quantity.of("2.5"), CASE)).hasToString("2.5 箱");
    }
}
