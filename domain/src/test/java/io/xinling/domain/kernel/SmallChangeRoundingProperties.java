package io.xinling.domain.kernel;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class SmallChangeRoundingProperties {

    @Property
    void never_changes_an_amount_by_a_step_or_more(@ForAll("money") Money amount, @ForAll("modes") SmallChangeRounding mode) {
        long step = mode.stepMinor(amount.fractionDigits());

        Money rounded = amount.roundSmallChange(mode);

        assertThat(Math.abs(rounded.minor() - amount.minor())).isLessThan(step);
        assertThat(rounded.minor() % step).isZero();
    }

    @Property
    void truncate_never_increases_the_magnitude(@ForAll("money") Money amount) {
        for (SmallChangeRounding mode : new SmallChangeRounding[] {
                SmallChangeRounding.TRUNCATE_TENTH, SmallChangeRounding.TRUNCATE_UNIT}) {
            Money rounded = amount.roundSmallChange(mode);
            assertThat(Math.abs(rounded.minor())).isLessThanOrEqualTo(Math.abs(amount.minor()));
            assertThat(rounded.minor() * Long.signum(amount.minor())).isGreaterThanOrEqualTo(0);
        }
    }

    @Property
    void ceiling_never_decreases_the_magnitude(@ForAll("money") Money amount) {
        for (SmallChangeRounding mode : new SmallChangeRounding[] {
                SmallChangeRounding.CEILING_TENTH, SmallChangeRounding.CEILING_UNIT}) {
            Money rounded = amount.roundSmallChange(mode);
            assertThat(Math.abs(rounded.minor())).isGreaterThanOrEqualTo(Math.abs(amount.minor()));
            assertThat(Long.signum(rounded.minor())).isEqualTo(Long.signum(amount.minor()));
        }
    }

    @Property
    void half_up_goes_to_the_nearest_step(@ForAll("money") Money amount) {
        for (SmallChangeRounding mode : new SmallChangeRounding[] {
                SmallChangeRounding.HALF_UP_TENTH, SmallChangeRounding.HALF_UP_UNIT}) {
            long step = mode.stepMinor(amount.fractionDigits());
            long distance = Math.abs(amount.roundSmallChange(mode).minor() - amount.minor());
            assertThat(2 * distance).isLessThanOrEqualTo(step);
        }
    }

    @Property
    void a_refund_rounds_as_the_mirror_of_a_sale(@ForAll("money") Money amount, @ForAll("modes") SmallChangeRounding mode) {
        assertThat(amount.negate().roundSmallChange(mode)).isEqualTo(amount.roundSmallChange(mode).negate());
    }

    @Property
    void rounding_twice_is_rounding_once(@ForAll("money") Money amount, @ForAll("modes") SmallChangeRounding mode) {
        Money once = amount.roundSmallChange(mode);

        assertThat(once.roundSmallChange(mode)).isEqualTo(once);
    }

    @Provide
    Arbitrary<Money> money() {
        return KernelArbitraries.money();
    }

    @Provide
    Arbitrary<SmallChangeRounding> modes() {
        return KernelArbitraries.smallChangeModes();
    }
}
