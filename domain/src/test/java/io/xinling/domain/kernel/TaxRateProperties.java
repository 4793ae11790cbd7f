package io.xinling.domain.kernel;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TaxRateProperties {

    @Property
    void net_plus_tax_is_gross(@ForAll("rates") TaxRate rate, @ForAll("money") Money gross) {
        Money tax = rate.taxOfGross(gross);
        Money net = gross.minus(tax);

        assertThat(net.plus(tax)).isEqualTo(gross);
        assertThat(Math.abs(tax.minor())).isLessThanOrEqualTo(Math.abs(gross.minor()));
    }

    /** The net of a gross amount is gross / (1 + r) rounded once, half away from zero (spec 3.5). */
    @Property
    void net_of_gross_is_the_exact_share_rounded_half_up(@ForAll("rates") TaxRate rate, @ForAll("money") Money gross) {
        BigDecimal r = rate.rate().fraction();
        // in minor units: exact = g / (1 + r) = numerator / denominator, both sides scaled to integers
        BigInteger denominator = BigDecimal.ONE.add(r).setScale(r.scale()).unscaledValue();
        BigInteger numerator = BigInteger.valueOf(gross.minor()).multiply(BigInteger.TEN.pow(r.scale()));
        long net = rate.netOfGross(gross).minor();

        // |net - exact| <= 1/2, and = 1/2 only away from zero: |2·net·den - 2·num| <= den
        BigInteger twiceError = BigInteger.valueOf(net).multiply(denominator).subtract(numerator).shiftLeft(1);
        assertThat(twiceError.abs()).isLessThanOrEqualTo(denominator);
        if (twiceError.abs().equals(denominator)) {
            assertThat(BigInteger.valueOf(net).abs().multiply(denominator)).isGreaterThan(numerator.abs());
        }
        assertThat(rate.taxOfGross(gross)).isEqualTo(gross.minus(rate.netOfGross(gross)));
    }

    @Property
    void tax_of_net_is_within_half_a_minor_unit(@ForAll("rates") TaxRate rate, @ForAll("money") Money net) {
        BigDecimal exact = net.toDecimal().multiply(rate.rate().fraction());
        BigDecimal halfMinor = new BigDecimal("0.5").movePointLeft(net.fractionDigits());

        assertThat(rate.taxOfNet(net).toDecimal().subtract(exact).abs()).isLessThanOrEqualTo(halfMinor);
    }

    @Provide
    Arbitrary<TaxRate> rates() {
        return KernelArbitraries.taxRates();
    }

    @Provide
    Arbitrary<Money> money() {
        return KernelArbitraries.money();
    }
}
