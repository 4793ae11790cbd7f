package io.xinling.domain.trade;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.pricing.UnitPrice;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.util.List;

/** Generators of document lines, built with map/flatMap/combine so that jqwik shrinks them. */
final class TradeArbitraries {

    private TradeArbitraries() {
    }

    /** Every VAT rate in use (3.5) and zero. */
    static Arbitrary<TaxRate> vatRates() {
        return Arbitraries.of("13", "9", "6", "3", "1", "0").map(TaxRate::ofPercent);
    }

    /** Quantities at scale 0 to 3 including tiny ones, and 3, 7, 9 which repeat as decimals. */
    static Arbitrary<Quantity> quantities() {
        Arbitrary<Quantity> scaled = Combinators.combine(Arbitraries.longs().between(1, 10_000_000),
                Arbitraries.integers().between(0, 3)).as((unscaled, scale) -> new Quantity(BigDecimal.valueOf(unscaled, scale)));
        return Arbitraries.oneOf(scaled, Arbitraries.of(1L, 3L, 7L, 9L).map(Quantity::of));
    }

    /** Prices from 0.0001 to 100,000 with up to four decimals. */
    static Arbitrary<UnitPrice> prices() {
        return Combinators.combine(Arbitraries.longs().between(1, 1_000_000_000L), Arbitraries.integers().between(0, 4))
                .as((unscaled, scale) -> new UnitPrice(BigDecimal.valueOf(unscaled, scale).min(BigDecimal.valueOf(100_000)),
                        Money.CNY));
    }

    static Arbitrary<Percentage> discounts() {
        return Arbitraries.oneOf(Arbitraries.just(Percentage.ZERO),
                Arbitraries.longs().between(0, 10_000).map(Percentage::ofBasisPoints));
    }

    static Arbitrary<LineInput> paidLines() {
        return Combinators.combine(Arbitraries.longs().between(1, 99), quantities(), prices(), discounts(), vatRates())
                .as((sku, qty, price, discount, rate) -> new LineInput(sku, qty, price, discount, rate, false));
    }

    static Arbitrary<LineInput> giftLines() {
        return Combinators.combine(quantities(), vatRates())
                .as((qty, rate) -> new LineInput(100, qty, new UnitPrice(BigDecimal.ZERO, Money.CNY), Percentage.ZERO, rate, true));
    }

    /** One to 12 lines, about one in ten a gift, at least one paid. */
    static Arbitrary<List<LineInput>> lines() {
        Arbitrary<LineInput> any = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, paidLines()), net.jqwik.api.Tuple.of(1, giftLines()));
        return Combinators.combine(paidLines(), any.list().ofMaxSize(11))
                .as((first, others) -> {
                    List<LineInput> all = new java.util.ArrayList<>(others);
                    all.add(0, first);
                    return List.copyOf(all);
                });
    }

    /** An order discount as a share (in basis points) of what the lines total after their own discounts. */
    static Arbitrary<Integer> orderDiscountShares() {
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 10_000));
    }

    static Arbitrary<PriceEntry> entries() {
        return Arbitraries.of(PriceEntry.class);
    }
}
