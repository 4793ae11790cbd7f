package io.xinling.domain.kernel;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Generators of kernel values, built with map/flatMap/combine so that jqwik can shrink them. */
final class KernelArbitraries {

    /** Amounts up to a trillion yuan: far from overflow, so sums and products of a few stay in range. */
    static final long LARGE_MINOR = 100_000_000_000_000L;

    private KernelArbitraries() {
    }

    /** Currencies with 0, 2 and 3 decimals. */
    static Arbitrary<Currency> currencies() {
        return Arbitraries.of("CNY", "USD", "EUR", "JPY", "KRW", "BHD", "KWD").map(Currency::getInstance);
    }

    static Arbitrary<Money> money() {
        return Combinators.combine(Arbitraries.longs().between(-LARGE_MINOR, LARGE_MINOR), currencies()).as(Money::new);
    }

    /** Any representable amount, up to the limits of a long. */
    static Arbitrary<Money> anyMoney() {
        return Combinators.combine(Arbitraries.longs(), currencies()).as(Money::new);
    }

    /** A non-negative weight with 0 to 4 decimals. */
    static Arbitrary<BigDecimal> weight() {
        return Combinators.combine(Arbitraries.longs().between(0, 1_000_000), Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf);
    }

    static Arbitrary<BigDecimal> positiveWeight() {
        return weight().map(w -> w.signum() == 0 ? BigDecimal.ONE : w);
    }

    /** 1 to 25 weights, at least one positive (inserted at a generated position). */
    static Arbitrary<List<BigDecimal>> weights() {
        return weight().list().ofMaxSize(24).flatMap(others ->
                Combinators.combine(positiveWeight(), Arbitraries.integers().between(0, others.size()))
                        .as((positive, at) -> {
                            List<BigDecimal> all = new ArrayList<>(others);
                            all.add(at, positive);
                            return List.copyOf(all);
                        }));
    }

    /** Any quantity the kernel can hold, with 0 to 6 decimals, up to a billion either way. */
    static Arbitrary<Quantity> quantity() {
        return decimal(1_000_000_000_000_000L, Quantity.SCALE).map(Quantity::new);
    }

    /** A positive decimal with at most {@code maxScale} decimals and below {@code bound} in unscaled units. */
    static Arbitrary<BigDecimal> positiveDecimal(long bound, int maxScale) {
        return Combinators.combine(Arbitraries.longs().between(1, bound), Arbitraries.integers().between(0, maxScale))
                .as(BigDecimal::valueOf);
    }

    static Arbitrary<BigDecimal> decimal(long bound, int maxScale) {
        return Combinators.combine(Arbitraries.longs().between(-bound, bound), Arbitraries.integers().between(0, maxScale))
                .as(BigDecimal::valueOf);
    }

    /** A unit conversion factor as catalogues have them: 24, 6.5, 0.001, with at most 3 decimals. */
    static Arbitrary<BigDecimal> factor() {
        return positiveDecimal(1_000_000, 3);
    }

    /** A base unit with one other unit of a generated factor, named 件. */
    static Arbitrary<UnitConversions> conversions() {
        return factor().map(f -> UnitConversions.of(Unit.of("瓶")).with(Unit.of("件"), f));
    }

    static Arbitrary<SmallChangeRounding> smallChangeModes() {
        return Arbitraries.of(SmallChangeRounding.class);
    }

    /** The Chinese VAT rates and any rate in whole basis points from 0 to 100 %. */
    static Arbitrary<TaxRate> taxRates() {
        Arbitrary<TaxRate> vat = Arbitraries.of("13", "9", "6", "5", "3", "1", "0").map(TaxRate::ofPercent);
        Arbitrary<TaxRate> any = Arbitraries.longs().between(0, 10_000).map(bp -> new TaxRate(Percentage.ofBasisPoints(bp)));
        return Arbitraries.oneOf(vat, any);
    }
}
