package io.xinling.domain.promotion;

import io.xinling.domain.promotion.scheme.SchemeFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.xinling.domain.promotion.Catalogue.cart;
import static io.xinling.domain.promotion.Catalogue.yuan;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.CTX;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 3.3: across stages benefits stack unless a flag forbids it, and the flag of either scheme forbids it. A coupon
 * (S4) that does not stack with order promotions leaves the lines a 满减 (S3) discounted alone, as a 满减 that does not
 * stack with coupons keeps coupons off its lines; a later scheme that stacks leaves them as before.
 */
class LaterStageStackingTest {

    private static Scheme scheme(String type, String id, Map<String, Object> params, Map<String, Object> extra) {
        Map<String, Object> def = new java.util.HashMap<>(extra);
        def.put("id", id);
        def.put("params", params);
        return SchemeFactory.create(type, def).getOrElseThrow(e -> new IllegalStateException(e.message()));
    }

    private static final Scheme MJ_ON_D = scheme("threshold_amount_off", "mj",
            Map.of("tiers", List.of(Map.of("threshold", "30.00", "amount", "5.00"))), Map.of("scope", Map.of("skus", List.of("D"))));

    private static Scheme coupon(boolean stacksWithOrder) {
        return scheme("cash_coupon", "cp", Map.of("amount", "10.00"), Map.of("audience", Map.of("couponCode", "C1"),
                "stacking", Map.of("stacksWithOrderPromotions", stacksWithOrder)));
    }

    private static PricingResult price(Cart cart, Scheme... schemes) {
        return PromotionEngine.price(cart, CTX.withCoupons(Set.of("C1")), List.of(schemes), PromotionPolicy.DEFAULT);
    }

    @Test
    void aCouponThatDoesNotStackWithOrderPromotionsSkipsTheLinesA满减Discounted() {
        // D × 3 = 38.40 takes 满30减5 → 33.40; the coupon may not touch it
        PricingResult alone = price(cart("D", 3), MJ_ON_D, coupon(false));
        assertThat(alone.payable()).isEqualTo(yuan("33.40"));
        assertThat(alone.applied()).extracting(AppliedScheme::schemeId).containsExactly("mj");
        // with H (45.00) in the cart the coupon takes its 10.00 off H only
        PricingResult mixed = price(cart("D", 3, "H", 1), MJ_ON_D, coupon(false));
        assertThat(mixed.payable()).isEqualTo(yuan("68.40"));
        assertThat(mixed.lines().get(0).discount()).isEqualTo(yuan("5.00"));
        assertThat(mixed.lines().get(1).discount()).isEqualTo(yuan("10.00"));
        // a coupon that stacks still takes its share of the 满减's lines
        assertThat(price(cart("D", 3), MJ_ON_D, coupon(true)).payable()).isEqualTo(yuan("23.40"));
    }

    @Test
    void pointsThatDoNotStackWithCouponsSkipTheLinesACouponDiscounted() {
        Scheme points = scheme("points_redemption", "pts", Map.of("pointsPerYuan", 100, "step", "1.00", "maxShare", "50"),
                Map.of("stacking", Map.of("stacksWithCoupons", false)));
        PricingContext ctx = CTX.withCoupons(Set.of("C1")).withPoints(2_000);
        Scheme cp = coupon(true).withScope(io.xinling.domain.promotion.scheme.ProductScope.skus(Set.of("H")));
        PricingResult r = PromotionEngine.price(cart("D", 3, "H", 1), ctx, List.of(cp, points), PromotionPolicy.DEFAULT);
        assertThat(r.lines().get(1).adjustments()).extracting(Adjustment::schemeId).containsExactly("cp");
        assertThat(r.lines().get(0).adjustments()).extracting(Adjustment::schemeId).containsExactly("pts");
    }
}
