package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.rule.Amounts;
import io.xinling.domain.promotion.rule.item.FlashSale;
import io.xinling.domain.promotion.scheme.Limits;
import io.xinling.domain.promotion.scheme.ProductScope;
import io.xinling.domain.promotion.scheme.Stacking;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit consumption of an exclusive scheme (spec 3.6, 2.1, 2.4): a 秒杀 with a per-order cap holds only the units it
 * priced. The line's other units stay in every later stage at their own price, exactly as if they were a line of their
 * own right after it: splitting the line at the cap changes neither the order's payable nor what any later-stage scheme
 * gives. A line of fractional quantity splits the same way: its cap's whole units held, the rest (fraction included) free.
 */
class ExclusiveUnitsProperties {

    private static final String X = "SKU-1";

    @Provide
    Arbitrary<List<CartLine>> others() {
        return Arbitraries.integers().between(0, 6).flatMap(n -> {
            List<Arbitrary<CartLine>> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lines.add(PromotionArbitraries.line(2 + i).filter(l -> !l.sku().equals(X)));
            }
            return Combinators.combine(lines).as(ArrayList::new);
        });
    }

    /** Schemes of the order stages on (S3 and later): what the free units of the flash line must still reach. */
    @Provide
    Arbitrary<List<Scheme>> later() {
        return PromotionArbitraries.schemeSets()
                .map(list -> list.stream().filter(s -> s.stage().ordinal() >= Stage.S3_ORDER_THRESHOLD.ordinal()).toList());
    }

    /** A line's fraction of a unit: none, or one that makes it a fractional quantity (2.5 kg). */
    @Provide
    Arbitrary<String> fractions() {
        return Arbitraries.of("", ".5", ".25", ".001", ".999", ".375");
    }

    @Property
    void theUnitsBeyondAnExclusiveCapPriceAsALineOfTheirOwn(@ForAll @LongRange(min = 2, max = 300) long qty,
                                                            @ForAll("fractions") String fraction,
                                                            @ForAll @IntRange(min = 1, max = 299) int capSeed,
                                                            @ForAll @LongRange(min = 2, max = 9_999_999) long price,
                                                            @ForAll @IntRange(min = 1, max = 99) int flashPercent,
                                                            @ForAll boolean floored,
                                                            @ForAll("others") List<CartLine> others,
                                                            @ForAll("later") List<Scheme> later) {
        // a fractional line's cap may reach its whole units: the fraction beyond them stays free (2.5 kg, 限购 2)
        boolean fractional = !fraction.isEmpty();
        Quantity q = Quantity.of(qty + fraction);
        long cap = 1 + capSeed % (fractional ? qty : qty - 1);
        long flashPrice = Math.max(1, price * flashPercent / 100);
        Scheme flash = Scheme.of("flash", "秒杀", new FlashSale(flashPrice)).withScope(ProductScope.skus(Set.of(X)))
                .withStacking(Stacking.EXCLUSIVE).withLimits(Limits.qtyPerOrder(cap));
        PriceFloor floor = floored ? PriceFloor.minPayRate(Percentage.ofPercent("80")) : PriceFloor.NONE;
        List<Scheme> schemes = new ArrayList<>();
        for (Scheme s : later) {
            // 抹零 spreads over whole lines: with floors, a fen it puts on a line at its floor comes back, and one line or two
            // at the flash price spread it differently (line by line, not unit by unit)
            if (!floored || !s.type().equals("rounding_off")) {
                schemes.add(s);
            }
        }
        schemes.add(flash);

        List<CartLine> one = new ArrayList<>();
        one.add(flashLine(1, q, price, floor));
        one.addAll(others);
        List<CartLine> split = new ArrayList<>();
        split.add(flashLine(1, Quantity.of(cap), price, floor));
        split.add(flashLine(2, q.minus(Quantity.of(cap)), price, floor));
        for (CartLine o : others) {
            // the same order of lines (caps and ties go by line order), one number further on
            split.add(new CartLine(o.lineNo() + 1, o.sku(), o.categories(), o.brand(), o.unitPrice(), o.quantity(),
                    o.promotable(), o.memberDiscountExcluded(), o.floor()));
        }

        PricingResult a = PromotionEngineProperties.price(new Cart(one), schemes);
        PricingResult b = PromotionEngineProperties.price(new Cart(split), schemes);
        Statistics.label("later schemes applied").collect(Math.min(a.applied().size() - 1, 3));
        Statistics.label("fractional").collect(fractional);

        assertThat(a).as("the reference engine agrees").isEqualTo(reference(new Cart(one), schemes));
        assertThat(a.payable()).as("the order's payable").isEqualTo(b.payable());
        assertThat(benefits(a)).as("what each scheme gives").isEqualTo(benefits(b));
        LineResult line = a.lines().get(0);
        long flashOff = line.adjustments().stream().filter(x -> x.schemeId().equals("flash"))
                .mapToLong(x -> x.amount().minor()).sum();
        // 抹零 rounds the order's whole payable, the held units' too (spec 2.39): it is the one later stage that sees them
        long laterOff = line.adjustments().stream().filter(x -> !x.schemeId().equals("flash")
                && x.stage() != Stage.S8_ROUNDING).mapToLong(x -> x.amount().minor()).sum();
        assertThat(laterOff).as("later stages take only from the units the flash sale did not price")
                .isLessThanOrEqualTo(Amounts.times(price, q.minus(Quantity.of(cap))));
        if (flashOff > 0) {
            assertThat(line.unitsAtPromoPrice()).isEqualTo(cap);
        }
    }

    private static PricingResult reference(Cart cart, List<Scheme> schemes) {
        return io.xinling.domain.promotion.reference.Pricer.price(cart, PromotionArbitraries.context(),
                new io.xinling.domain.promotion.reference.SchemeIndex(schemes), PromotionPolicy.DEFAULT);
    }

    private static CartLine flashLine(int lineNo, Quantity qty, long price, PriceFloor floor) {
        return new CartLine(lineNo, X, List.of("CAT-1", "CAT-1"), "BRAND-1", Money.cny(price), qty, true,
                false, floor);
    }

    private static Map<String, Money> benefits(PricingResult r) {
        Map<String, Money> out = new TreeMap<>();
        for (AppliedScheme s : r.applied()) {
            out.put(s.schemeId(), s.benefit());
        }
        return out;
    }
}
