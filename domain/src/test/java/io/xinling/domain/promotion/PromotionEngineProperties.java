package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.rule.order.ThresholdAmountOff;
import io.xinling.domain.promotion.rule.Tiers;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pricing invariants of spec 3.17 (1–5, 7) over generated carts and scheme sets of all 42 types. */
class PromotionEngineProperties {

    static PricingResult price(Cart cart, List<Scheme> schemes) {
        return PromotionEngine.price(cart, PromotionArbitraries.context(), schemes, PromotionPolicy.DEFAULT);
    }

    @Provide
    Arbitrary<Cart> carts() {
        return PromotionArbitraries.carts();
    }

    @Provide
    Arbitrary<List<Scheme>> schemeSets() {
        return PromotionArbitraries.schemeSets();
    }

    @Property
    void linePayablesSumToTheOrderPayableAndStayAtOrAboveFloorAndZero(@ForAll("carts") Cart cart,
                                                                      @ForAll("schemeSets") List<Scheme> schemes) {
        PricingResult r = price(cart, schemes);
        Statistics.label("schemes applied").collect(Math.min(r.applied().size(), 3));
        long sum = 0;
        long charges = 0;
        for (LineResult l : r.lines()) {
            sum += l.payable().minor();
            charges += l.charge() ? l.payable().minor() : 0;
            assertThat(l.payable().isNegative()).isFalse();
            if (!l.gift() && !l.charge()) {
                CartLine in = cart.lines().stream().filter(c -> c.lineNo() == l.lineNo()).findFirst().orElseThrow();
                long floorUnit = in.floor().isNone() ? 0 : in.floor().floorUnitMinor(l.baseUnitPrice());
                long floor = Math.min(l.baseAmount().minor(), floorUnit * l.quantity().value().longValueExact());
                assertThat(l.payable().minor()).as("line %s floor", l.lineNo()).isGreaterThanOrEqualTo(floor);
            }
        }
        assertThat(sum).as("Σ line payables, the rounding charge line included").isEqualTo(r.payable().minor());
        assertThat(charges).isEqualTo(r.roundingCharge().minor());
        assertThat(r.baseAmount().minus(r.discount()).plus(r.roundingCharge())).isEqualTo(r.payable());
    }

    @Property
    void allocationsOfABenefitSumToTheBenefitAndNeverExceedTheLine(@ForAll("carts") Cart cart,
                                                                   @ForAll("schemeSets") List<Scheme> schemes) {
        PricingResult r = price(cart, schemes);
        Map<String, Long> onLines = new HashMap<>();
        for (LineResult l : r.lines()) {
            long adjustments = 0;
            for (Adjustment a : l.adjustments()) {
                assertThat(a.amount().isPositive()).isTrue();
                adjustments += a.amount().minor();
                onLines.merge(a.schemeId(), a.amount().minor(), Long::sum);
            }
            assertThat(adjustments).isEqualTo(l.discount().minor()).isLessThanOrEqualTo(l.baseAmount().minor());
        }
        long shipping = 0;
        for (AppliedScheme a : r.applied()) {
            long lines = onLines.getOrDefault(a.schemeId(), 0L);
            assertThat(a.benefit().minor()).as(a.schemeId()).isGreaterThanOrEqualTo(lines);
            shipping += a.benefit().minor() - lines;
        }
        assertThat(r.shippingDiscount().minor()).isLessThanOrEqualTo(shipping);
    }

    @Property
    void sameInputsGiveTheSameResultWhateverTheInputOrder(@ForAll("carts") Cart cart,
                                                          @ForAll("schemeSets") List<Scheme> schemes) {
        PricingResult first = price(cart, schemes);
        List<CartLine> lines = new ArrayList<>(cart.lines());
        Collections.reverse(lines);
        List<Scheme> reversed = new ArrayList<>(schemes);
        Collections.reverse(reversed);
        assertThat(price(new Cart(lines), reversed)).isEqualTo(first);
        assertThat(price(cart, schemes)).as("preview then commit").isEqualTo(first);
    }

    @Property
    void noRuleRaisesAPrice(@ForAll("carts") Cart cart, @ForAll("schemeSets") List<Scheme> schemes) {
        for (LineResult l : price(cart, schemes).lines()) {
            assertThat(l.payable()).isLessThanOrEqualTo(l.baseAmount());
            assertThat(l.baseUnitPrice()).isLessThanOrEqualTo(l.listUnitPrice());
        }
    }

    @Property
    void addingANonEligibleLineNeverChangesTheOtherLines(@ForAll("carts") Cart cart,
                                                         @ForAll("schemeSets") List<Scheme> schemes) {
        List<Scheme> noRounding = schemes.stream().filter(s -> !s.type().equals("rounding_off")).toList();
        PricingResult before = price(cart, noRounding);
        List<CartLine> more = new ArrayList<>(cart.lines());
        more.add(CartLine.of(cart.nextLineNo(), "GIFT-CARD", "卡券", "", Money.cny("500.00"), 1).notPromotable());
        PricingResult after = price(new Cart(more), noRounding);
        for (LineResult l : before.lines()) {
            if (!l.gift()) {
                assertThat(after.line(l.lineNo()).orElseThrow().adjustments()).isEqualTo(l.adjustments());
            }
        }
        assertThat(after.lineOf("GIFT-CARD").discount().isZero()).isTrue();
    }

    /**
     * Price floors are taken off: a floor may give the whole benefit back (a 1-fen line with an 80 % floor keeps its
     * fen), and then the scheme is reported as clamped, not applied, which is the floor guard's property, not this one.
     */
    @Property
    void aCartExactlyAtTheThresholdQualifiesAndOneFenLessDoesNot(@ForAll("carts") Cart generated) {
        Cart cart = new Cart(generated.lines().stream().map(l -> l.withFloor(PriceFloor.NONE)).toList());
        long base = cart.lines().stream().filter(CartLine::promotable)
                .mapToLong(l -> l.unitPrice().minor() * l.quantity().value().longValueExact()).sum();
        Scheme at = Scheme.of("mj", "满减", new ThresholdAmountOff(Tiers.of(base, Math.min(base, 1))));
        assertThat(price(cart, List.of(at)).appliedScheme("mj")).isPresent();
        Scheme above = Scheme.of("mj", "满减", new ThresholdAmountOff(Tiers.of(base + 1, 1)));
        PricingResult r = price(cart, List.of(above));
        assertThat(r.appliedScheme("mj")).isEmpty();
        assertThat(r.whyNot("mj").orElseThrow().shortfall()).contains(Money.cny(1));
    }
}
