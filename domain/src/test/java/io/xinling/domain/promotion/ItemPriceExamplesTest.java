package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.promotion.rule.item.MemberLevelDiscount;
import io.xinling.domain.promotion.rule.item.PercentOffItem;
import io.xinling.domain.promotion.rule.item.SpecialPrice;
import io.xinling.domain.promotion.scheme.Limits;
import io.xinling.domain.promotion.scheme.ProductScope;
import io.xinling.domain.promotion.scheme.Stacking;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.xinling.domain.promotion.Catalogue.cart;
import static io.xinling.domain.promotion.Catalogue.fen;
import static io.xinling.domain.promotion.Catalogue.yuan;
import static org.assertj.core.api.Assertions.assertThat;

class ItemPriceExamplesTest {

    static final PricingContext CTX = PricingContext.at("S1", "POS", LocalDateTime.of(2026, 11, 25, 12, 0));

    static PricingResult price(Cart cart, PricingContext ctx, Scheme... schemes) {
        return PromotionEngine.price(cart, ctx, List.of(schemes), PromotionPolicy.DEFAULT);
    }

    @Test
    void example1_specialPriceWithPurchaseLimit() {
        Scheme s = Scheme.of("sp-h", "特价", new SpecialPrice(fen("39.90")))
                .withScope(ProductScope.skus(Set.of("H"))).withLimits(Limits.qtyPerOrder(2));
        PricingResult r = price(cart("H", 3), CTX, s);
        LineResult h = r.lineOf("H");
        assertThat(h.discount()).isEqualTo(yuan("10.20"));
        assertThat(h.payable()).isEqualTo(yuan("124.80"));
        assertThat(h.unitsAtPromoPrice()).isEqualTo(2);
    }

    @Test
    void itemPriceSchemesOfOneCampaignAreAdmittedOneAfterAnotherWithinItsBudget() {
        Scheme special = Scheme.of("sp-h", "特价", new SpecialPrice(fen("39.90"))).withScope(ProductScope.skus(Set.of("H")));
        Scheme percent = Scheme.of("pc-c", "88折", new PercentOffItem(8800, Long.MAX_VALUE)).withScope(ProductScope.skus(Set.of("C")));
        assertThat(price(cart("H", 1, "C", 3), CTX, special, percent).discount()).isEqualTo(yuan("8.30"));
        SchemeUsage campaign = SchemeUsage.UNLIMITED.inPool("d11", 600, Long.MAX_VALUE);
        PricingResult r = price(cart("H", 1, "C", 3), CTX.withUsage(Map.of("sp-h", campaign, "pc-c", campaign)), special, percent);
        assertThat(r.discount().minor()).as("5.10 and 3.20 do not both fit in 6.00").isIn(320L, 510L);
        assertThat(r.notApplied()).extracting(NotApplied::reason).containsExactly(Reason.BUDGET_EXHAUSTED);
    }

    @Test
    void example2_percentOnTheLineNotTheUnit() {
        Scheme s = Scheme.of("pc-c", "88折", new PercentOffItem(8800, Long.MAX_VALUE))
                .withScope(ProductScope.skus(Set.of("C")));
        PricingResult r = price(cart("C", 3), CTX, s);
        assertThat(r.lineOf("C").payable()).isEqualTo(yuan("23.50"));
        assertThat(r.lineOf("C").discount()).isEqualTo(yuan("3.20"));
    }

    static Scheme gold() {
        return Scheme.of("mld", "会员折扣", new MemberLevelDiscount(Map.of("GOLD", 8500L, "SILVER", 9000L)));
    }

    @Test
    void example16_memberLevelDiscountWithFloorAndExcludedSku() {
        Cart c = Cart.of(Catalogue.line(1, "F", 1).withFloor(PriceFloor.minPayRate(Percentage.ofPercent("90"))),
                Catalogue.line(2, "H", 2), Catalogue.line(3, "D", 1).excludedFromMemberDiscount());
        PricingResult r = price(c, CTX.withMember("GOLD", Set.of()), gold());
        assertThat(r.lineOf("F").payable()).isEqualTo(yuan("143.10"));
        assertThat(r.lineOf("H").payable()).isEqualTo(yuan("76.50"));
        assertThat(r.lineOf("D").payable()).isEqualTo(yuan("12.80"));
        assertThat(r.payable()).isEqualTo(yuan("232.40"));
        assertThat(r.discount()).isEqualTo(yuan("29.40"));
        assertThat(r.floorClamps()).extracting(FloorClamp::sku).containsExactly("F");
    }

    static Scheme specialH(boolean stacks) {
        return Scheme.of("sp-h", "特价", new SpecialPrice(fen("39.90"))).withScope(ProductScope.skus(Set.of("H")))
                .withStacking(Stacking.DEFAULT.withMemberDiscount(stacks));
    }

    @Test
    void example17_specialPriceLosesToGoldMemberDiscount() {
        PricingResult r = price(cart("H", 1), CTX.withMember("GOLD", Set.of()), specialH(false), gold());
        assertThat(r.lineOf("H").payable()).isEqualTo(yuan("38.25"));
        NotApplied why = r.whyNot("sp-h").orElseThrow();
        assertThat(why.reason()).isEqualTo(Reason.LOST_TO);
        assertThat(why.competitor()).contains("mld");
        assertThat(why.competitorBenefit()).contains(yuan("6.75"));
    }

    @Test
    void example17_specialPriceBeatsSilverMemberDiscount() {
        PricingResult r = price(cart("H", 1), CTX.withMember("SILVER", Set.of()), specialH(false), gold());
        assertThat(r.lineOf("H").payable()).isEqualTo(yuan("39.90"));
        assertThat(r.whyNot("mld").orElseThrow().reason()).isEqualTo(Reason.LOST_TO);
    }

    @Test
    void example17_specialPriceStacksWithMemberDiscountWhenAllowed() {
        PricingResult r = price(cart("H", 1), CTX.withMember("GOLD", Set.of()), specialH(true), gold());
        assertThat(r.lineOf("H").payable()).isEqualTo(yuan("33.92"));
    }
}
