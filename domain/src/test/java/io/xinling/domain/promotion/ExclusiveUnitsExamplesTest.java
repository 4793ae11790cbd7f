package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.rule.Tiers;
import io.xinling.domain.promotion.rule.item.FlashSale;
import io.xinling.domain.promotion.rule.order.ThresholdAmountOff;
import io.xinling.domain.promotion.rule.order.ThresholdPercentOff;
import io.xinling.domain.promotion.scheme.Limits;
import io.xinling.domain.promotion.scheme.ProductScope;
import io.xinling.domain.promotion.scheme.Stacking;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.xinling.domain.promotion.Catalogue.cart;
import static io.xinling.domain.promotion.Catalogue.fen;
import static io.xinling.domain.promotion.Catalogue.yuan;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.CTX;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.price;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit consumption of an exclusive 秒杀 with a per-order cap (spec 3.6, 2.1, 2.4): the units it priced take nothing else
 * and leave every later base; the line's other units stay in the later stages at their own price, the fraction beyond
 * the cap of a fractional line too (2.5 kg, 限购 2: 2 kg held, 0.5 kg free).
 */
class ExclusiveUnitsExamplesTest {

    private static Scheme flash(long cap) {
        return Scheme.of("flash-h", "秒杀", new FlashSale(fen("39.90"))).withScope(ProductScope.skus(Set.of("H")))
                .withStacking(Stacking.EXCLUSIVE).withLimits(Limits.qtyPerOrder(cap));
    }

    private static final Scheme MJ_200_20 = Scheme.of("mj", "满200减20", new ThresholdAmountOff(Tiers.of(fen("200.00"), fen("20.00"))));

    @Test
    void theFullPriceUnitsBeyondTheCapReachAnOrderThreshold() {
        // H × 5 at 45.00, two at 39.90 (秒杀, 限购 2); J × 3 at 28.00. Base of 满200: 3 × 45.00 + 84.00 = 219.00
        PricingResult r = price(cart("H", 5, "J", 3), CTX, flash(2), MJ_200_20);
        LineResult h = r.lineOf("H");
        assertThat(h.unitsAtPromoPrice()).isEqualTo(2);
        assertThat(r.appliedScheme("mj")).map(AppliedScheme::benefit).contains(yuan("20.00"));
        // 20.00 over 135.00 and 84.00: 12.3287 and 7.6712 fen·100 → 12.33 (the largest fraction) and 7.67
        Adjustment onH = h.adjustments().stream().filter(a -> a.schemeId().equals("mj")).findFirst().orElseThrow();
        assertThat(onH.amount()).isEqualTo(yuan("12.33"));
        assertThat(onH.units()).as("the units it was spread over: the three at full price").isEqualTo(3);
        assertThat(h.payable()).isEqualTo(yuan("202.47"));
        assertThat(r.lineOf("J").payable()).isEqualTo(yuan("76.33"));
        assertThat(r.payable()).isEqualTo(yuan("278.80"));
    }

    @Test
    void aCapThatCoversTheWholeLineHoldsItAllAndTheThresholdIsMissed() {
        PricingResult r = price(cart("H", 5, "J", 3), CTX, flash(5), MJ_200_20);
        assertThat(r.lineOf("H").payable()).isEqualTo(yuan("199.50"));
        assertThat(r.appliedScheme("mj")).isEmpty();
        NotApplied missed = r.notApplied().stream().filter(n -> n.schemeId().equals("mj")).findFirst().orElseThrow();
        assertThat(missed.reason()).isEqualTo(Reason.THRESHOLD_NOT_MET);
        assertThat(missed.shortfall()).contains(yuan("116.00"));
    }

    @Test
    void theHeldUnitsTakeNothingElseAndAPercentLaterOnlyCountsTheRest() {
        // 满100打9折 over H alone: base 3 × 45.00 = 135.00 → 13.50 off, and the two units at 39.90 keep 79.80
        Scheme mz = Scheme.of("mz", "满100打9折", new ThresholdPercentOff(Tiers.of(fen("100.00"), 9000), Long.MAX_VALUE))
                .withScope(ProductScope.skus(Set.of("H")));
        PricingResult r = price(cart("H", 5), CTX, flash(2), mz);
        assertThat(r.lineOf("H").discount()).isEqualTo(yuan("23.70"));
        assertThat(r.lineOf("H").payable()).isEqualTo(yuan("201.30"));
    }

    private static final Scheme MJ_100_10 = Scheme.of("mj", "满100减10", new ThresholdAmountOff(Tiers.of(fen("100.00"), fen("10.00"))));

    private static Cart kilos(String hKilos) {
        return new Cart(List.of(new CartLine(1, "H", List.of("日化"), "", Money.cny("45.00"), Quantity.of(hKilos), true,
                false, PriceFloor.NONE), Catalogue.line(2, "J", 3)));
    }

    @Test
    void theFractionBeyondTheCapOfAFractionalLineReachesAnOrderThreshold() {
        // H 2.5 kg at 45.00, 2 kg at 39.90 (秒杀, 限购 2) held; the 0.5 kg left at 22.50 and J × 3 at 84.00 make 106.50 ≥ 100
        PricingResult r = price(kilos("2.5"), CTX, flash(2), MJ_100_10);
        LineResult h = r.lineOf("H");
        assertThat(h.unitsAtPromoPrice()).isEqualTo(2);
        assertThat(r.appliedScheme("mj")).map(AppliedScheme::benefit).contains(yuan("10.00"));
        // 10.00 over 22.50 and 84.00: 2.1127 and 7.8873 → 2.11 and 7.89
        Adjustment onH = h.adjustments().stream().filter(a -> a.schemeId().equals("mj")).findFirst().orElseThrow();
        assertThat(onH.amount()).isEqualTo(yuan("2.11"));
        assertThat(h.payable()).as("79.80 for the 2 kg at 39.90, 22.50 − 2.11 for the 0.5 kg").isEqualTo(yuan("100.19"));
        assertThat(r.lineOf("J").payable()).isEqualTo(yuan("76.11"));
    }

    @Test
    void aCapReachingPastTheFractionHoldsTheWholeFractionalLine() {
        // 限购 3 covers the 2.5 kg whole (⌈2.5⌉ = 3 units): all of it at 39.90, nothing left for 满100 (J alone: 84.00)
        PricingResult r = price(kilos("2.5"), CTX, flash(3), MJ_100_10);
        assertThat(r.lineOf("H").payable()).isEqualTo(yuan("99.75"));
        assertThat(r.appliedScheme("mj")).isEmpty();
    }

    @Test
    void aPercentLaterTakesOnlyTheFractionBeyondTheCap() {
        // 满20打9折 over H alone: base 0.5 kg × 45.00 = 22.50 → 2.25 off; the 2 kg at 39.90 keep 79.80
        Scheme mz = Scheme.of("mz", "满20打9折", new ThresholdPercentOff(Tiers.of(fen("20.00"), 9000), Long.MAX_VALUE))
                .withScope(ProductScope.skus(Set.of("H")));
        PricingResult r = price(kilos("2.5"), CTX, flash(2), mz);
        assertThat(r.lineOf("H").payable()).isEqualTo(yuan("100.05"));
    }
}
