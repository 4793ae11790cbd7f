package io.xinling.domain.kernel;

import io.vavr.control.Either;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class UnitConversionsProperties {

    private static final Unit OTHER = Unit.of("件");

    /** A quantity with at most 3 decimals times a factor with at most 3 decimals is exact at scale 6. */
    @Property
    void to_base_and_back_is_the_identity(@ForAll("conversions") UnitConversions units, @ForAll("coarse") BigDecimal value) {
        UnitQuantity documented = new UnitQuantity(new Quantity(value), OTHER);

        Either<KernelError, UnitQuantity> back = units.toBase("qty", documented).flatMap(base -> units.fromBase(base, OTHER));

        assertThat(back).isEqualTo(Either.right(documented));
    }

    /** A base quantity that is a whole multiple of the factor (in steps of 0.001) comes back unchanged. */
    @Property
    void from_base_and_back_is_the_identity_where_the_factor_divides(
            @ForAll("conversions") UnitConversions units, @ForAll("coarse") BigDecimal multiple) {
        Quantity base = new Quantity(units.factors().get(OTHER).multiply(multiple));

        Either<KernelError, Quantity> back = units.fromBase(base, OTHER).flatMap(q -> units.toBase("qty", q));

        assertThat(back).isEqualTo(Either.right(base));
    }

    @Property
    void the_base_unit_converts_to_itself(@ForAll("conversions") UnitConversions units, @ForAll("quantities") Quantity q) {
        assertThat(units.toBase("qty", new UnitQuantity(q, units.base()))).isEqualTo(Either.right(q));
        assertThat(units.fromBase(q, units.base())).isEqualTo(Either.right(new UnitQuantity(q, units.base())));
    }

    @Property
    void to_base_is_exact_or_refused_never_rounded(@ForAll("conversions") UnitConversions units,
                                                   @ForAll("quantities") Quantity q) {
        BigDecimal exact = q.value().multiply(units.factors().get(OTHER));

        units.toBase("qty", new UnitQuantity(q, OTHER)).fold(
                error -> assertThat(error).isInstanceOf(KernelError.TooManyDecimals.class),
                base -> assertThat(base.value()).isEqualByComparingTo(exact));
    }

    @Provide
    Arbitrary<UnitConversions> conversions() {
        return KernelArbitraries.conversions();
    }

    @Provide
    Arbitrary<BigDecimal> coarse() {
        return KernelArbitraries.decimal(1_000_000_000, 3);
    }

    @Provide
    Arbitrary<Quantity> quantities() {
        return KernelArbitraries.quantity();
    }
}
