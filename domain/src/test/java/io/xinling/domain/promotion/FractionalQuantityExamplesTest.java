package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.rule.coupon.ProductCoupon;
import io.xinling.domain.promotion.rule.group.BuyNGetMFree;
import io.xinling.domain.promotion.rule.item.FlashSale;
import io.xinling.domain.promotion.rule.item.SpecialPrice;
import io.xinling.domain.promotion.scheme.Limits;
import io.xinling.domain.promotion.scheme.ProductScope;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.xinling.domain.promotion.Catalogue.fen;
import static io.xinling.domain.promotion.Catalogue.yuan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caps count units (spec 2.1, 2.4, 3.11): a fractional line within the cap takes the benefit on its whole
 * quantity and uses ⌈q⌉ units of the cap; past the cap, only whole units take it and the rest of the
 * quantity stays at the current price. Groups and quantity thresholds count ⌊q⌋ whole units.
 */
class FractionalQuantityExamplesTest {

    static final PricingContext CTX = PricingContext.at("S1", "POS", LocalDateTime.of(2026, 11, 25, 12, 0));

    static Cart h(String qty) {
        return Cart.of(new CartLine(1, "H", List.of("日化"), "", Money.cny("45.00"), Quantity.of(qty), true, false,
                PriceFloor.NONE));
    }

    static PricingResult price(Cart cart, PricingContext ctx, Scheme s) {
        return PromotionEngine.price(cart, ctx, List.of(s), PromotionPolicy.DEFAULT);
    }

    static Scheme special(long cap) {
        return Scheme.of("sp-h", "特价", new SpecialPrice(fen("39.90")))
                .withScope(ProductScope.skus(Set.of("H"))).withLimits(Limits.qtyPerOrder(cap));
    }

    @Test
    void unitsPastTheQtyPerOrderCapStayAtTheCurrentPriceFractionIncluded() {
        for (String qty : List.of("3", "3.001", "2.5", "10.5")) {
            LineResult line = price(h(qty), CTX, special(2)).lineOf("H");
            assertThat(line.discount()).as(qty).isEqualTo(yuan("10.20"));
            assertThat(line.unitsAtPromoPrice()).as(qty).isEqualTo(2);
        }
    }

    @Test
    void aFractionalLineWithinTheCapTakesThePriceOnItsWholeQuantityAndUsesStartedUnits() {
        LineResult line = price(h("2.5"), CTX, special(3)).lineOf("H");
        assertThat(line.payable()).isEqualTo(yuan("99.75"));
        assertThat(line.unitsAtPromoPrice()).isEqualTo(3);
    }

    @Test
    void activityStockCapsAFractionalLine() {
        Scheme flash = Scheme.of("fs", "秒杀", new FlashSale(fen("9.90"))).withScope(ProductScope.skus(Set.of("H")));
        PricingContext ctx = CTX.withUsage(Map.of("fs", new SchemeUsage(Long.MAX_VALUE, 1, Long.MAX_VALUE,
                Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE)));
        LineResult line = price(h("2.5"), ctx, flash).lineOf("H");
        assertThat(line.discount()).isEqualTo(yuan("35.10"));
        assertThat(line.unitsAtPromoPrice()).isEqualTo(1);
    }

    @Test
    void aFlashSaleWithNoStockLeftSaysItsLimitIsReachedNotThatItGivesNothing() {
        Scheme flash = Scheme.of("fs", "秒杀", new FlashSale(fen("9.90"))).withScope(ProductScope.skus(Set.of("H")));
        PricingContext ctx = CTX.withUsage(Map.of("fs", new SchemeUsage(Long.MAX_VALUE, 0, Long.MAX_VALUE,
                Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE)));
        PricingResult r = price(h("2"), ctx, flash);
        assertThat(r.discount()).isEqualTo(yuan("0.00"));
        assertThat(r.notApplied()).extracting(NotApplied::reason).containsExactly(Reason.LIMIT_REACHED);
    }

    @Test
    void productCouponMaxUnitsCapsAFractionalLine() {
        Scheme coupon = Scheme.of("pc", "商品券", new ProductCoupon(fen("5.00"), 1, false));
        PricingResult r = price(h("2.5"), CTX, coupon);
        assertThat(r.lineOf("H").discount()).isEqualTo(yuan("5.00"));
    }

    @Test
    void groupsCountTheWholeUnitsOfAFractionalLine() {
        Scheme b2g1 = Scheme.of("b2g1", "买2送1", new BuyNGetMFree(2, 1, false, Long.MAX_VALUE, null));
        PricingResult three = price(h("3.5"), CTX, b2g1);
        assertThat(three.discount()).isEqualTo(yuan("45.00"));
        PricingResult two = price(h("2.5"), CTX, b2g1);
        assertThat(two.discount()).isEqualTo(yuan("0.00"));
        assertThat(two.notApplied()).extracting(NotApplied::message).containsExactly("还差1件");
    }
}
