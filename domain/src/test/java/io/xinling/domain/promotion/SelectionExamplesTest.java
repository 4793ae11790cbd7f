package io.xinling.domain.promotion;

import io.xinling.domain.promotion.rule.ItemBenefit;
import io.xinling.domain.promotion.rule.Tiers;
import io.xinling.domain.promotion.rule.group.BundlePrice;
import io.xinling.domain.promotion.rule.group.NthUnitDiscount;
import io.xinling.domain.promotion.rule.order.ThresholdAmountOff;
import io.xinling.domain.promotion.rule.group.BundleSlot;
import io.xinling.domain.promotion.scheme.ProductScope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.xinling.domain.promotion.Catalogue.cart;
import static io.xinling.domain.promotion.Catalogue.fen;
import static io.xinling.domain.promotion.Catalogue.yuan;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.CTX;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.4: best deal by default, priority first as a setting, the documented tie-break chain, and the S2 search. */
class SelectionExamplesTest {

    static Scheme mj(String id, String d, int priority) {
        return Scheme.of(id, "满100减" + d, new ThresholdAmountOff(Tiers.of(fen("100.00"), fen(d)))).withPriority(priority);
    }

    static PricingResult price(PromotionPolicy policy, Scheme... schemes) {
        return PromotionEngine.price(cart("F", 1), CTX, List.of(schemes), policy);
    }

    @Test
    void bestForTheCustomerWinsInsideAnExclusionGroupByDefault() {
        PricingResult r = price(PromotionPolicy.DEFAULT, mj("a", "10.00", 9), mj("b", "20.00", 1));
        assertThat(r.discount()).isEqualTo(yuan("20.00"));
        assertThat(r.whyNot("a").orElseThrow().competitor()).contains("b");
    }

    @Test
    void priorityFirstLetsTheMerchantDecide() {
        PricingResult r = price(PromotionPolicy.DEFAULT.withSelection(SelectionMode.PRIORITY_FIRST),
                mj("a", "10.00", 9), mj("b", "20.00", 1));
        assertThat(r.discount()).isEqualTo(yuan("10.00"));
    }

    @Test
    void equalBenefitGoesToHigherPriorityThenLowerId() {
        assertThat(price(PromotionPolicy.DEFAULT, mj("a", "10.00", 1), mj("b", "10.00", 5)).appliedScheme("b")).isPresent();
        assertThat(price(PromotionPolicy.DEFAULT, mj("b", "10.00", 1), mj("a", "10.00", 1)).appliedScheme("a")).isPresent();
    }

    @Test
    void nearMissIsOfferedWithTheShortfall() {
        PricingResult r = PromotionEngine.price(cart("H", 1), CTX, List.of(mj("a", "10.00", 0)), PromotionPolicy.DEFAULT);
        assertThat(r.offers()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Offer.Kind.NEAR_MISS);
            assertThat(o.amount()).isEqualTo(yuan("55.00"));
        });
    }

    @Test
    void overlappingGroupSchemesAreChosenGloballyAndTheSearchIsReported() {
        Scheme half = Scheme.of("half", "第二件半价", new NthUnitDiscount(2, ItemBenefit.payRate(5000), Long.MAX_VALUE, null))
                .withScope(ProductScope.skus(Set.of("J", "K")));
        Scheme set = Scheme.of("set", "J+K套餐", new BundlePrice(List.of(new BundleSlot(Set.of("J"), 1),
                new BundleSlot(Set.of("K"), 1)), fen("30.00")));
        Cart c = cart("J", 2, "K", 2);
        PricingResult exhaustive = PromotionEngine.price(c, CTX, List.of(half, set), PromotionPolicy.DEFAULT);
        assertThat(exhaustive.groupSearch()).isEqualTo("EXHAUSTIVE");
        assertThat(exhaustive.discount()).isEqualTo(yuan("17.25"));
        assertThat(exhaustive.whyNot("set").orElseThrow().reason()).isEqualTo(Reason.LOST_TO);
        PricingResult greedy = PromotionEngine.price(c, CTX, List.of(half, set), PromotionPolicy.DEFAULT.withExhaustiveLimit(0));
        assertThat(greedy.groupSearch()).isEqualTo("GREEDY");
        assertThat(greedy.lines()).isEqualTo(exhaustive.lines());
    }
}
