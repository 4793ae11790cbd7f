package io.xinling.domain.kernel;

import io.vavr.control.Either;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityProperties {

    @Property
    void parse_of_format_is_the_identity(@ForAll("quantities") Quantity q) {
        assertThat(Quantity.parse("qty", q.format())).isEqualTo(Either.right(q));
    }

    @Property
    void equality_ignores_trailing_zeros(@ForAll("quantities") Quantity q, @ForAll @IntRange(max = 6) int extraScale) {
        assertThat(new Quantity(q.value().stripTrailingZeros())).isEqualTo(q);
        assertThat(new Quantity(q.value().setScale(Quantity.SCALE + extraScale))).isEqualTo(q);
    }

    @Property
    void a_seventh_decimal_is_refused_never_rounded(@ForAll("quantities") Quantity q,
                                                    @ForAll @IntRange(min = 1, max = 9) int digit) {
        BigDecimal finer = q.value().add(BigDecimal.valueOf(digit, Quantity.SCALE + 1));

        assertThat(Quantity.parse("qty", finer.toPlainString()).getLeft()).isInstanceOf(KernelError.TooManyDecimals.class);
    }

    @Property
    void minus_undoes_plus(@ForAll("quantities") Quantity a, @ForAll("quantities") Quantity b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.minus(b).plus(b.minus(a)).isZero()).isTrue();
    }

    @Property
    void abs_and_negate_agree_with_the_sign(@ForAll("quantities") Quantity q) {
        assertThat(q.abs().isNegative()).isFalse();
        assertThat(q.negate().signum()).isEqualTo(-q.signum());
        assertThat(q.abs()).isEqualTo(q.signum() < 0 ? q.negate() : q);
    }

    @Provide
    Arbitrary<Quantity> quantities() {
        return KernelArbitraries.quantity();
    }
}
