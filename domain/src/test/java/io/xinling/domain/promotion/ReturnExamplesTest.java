package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.returns.PriorReturn;
import io.xinling.domain.promotion.returns.RefundResult;
import io.xinling.domain.promotion.returns.ReturnCalculator;
import io.xinling.domain.promotion.returns.ReturnRequest;
import io.xinling.domain.promotion.rule.GiftOption;
import io.xinling.domain.promotion.rule.loyalty.PointsRedemption;
import io.xinling.domain.promotion.rule.item.SpecialPrice;
import io.xinling.domain.promotion.rule.order.ThresholdGift;
import io.xinling.domain.promotion.rule.Tiers;
import io.xinling.domain.promotion.scheme.Limits;
import io.xinling.domain.promotion.scheme.ProductScope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.xinling.domain.promotion.Catalogue.cart;
import static io.xinling.domain.promotion.Catalogue.fen;
import static io.xinling.domain.promotion.Catalogue.yuan;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.CTX;
import static org.assertj.core.api.Assertions.assertThat;

class ReturnExamplesTest {

    static RefundResult refund(Cart cart, PricingContext ctx, List<Scheme> schemes, Map<Integer, Quantity> returning,
                               Set<Integer> giftsBack) {
        PricingResult frozen = PromotionEngine.price(cart, ctx, schemes, PromotionPolicy.DEFAULT);
        return ReturnCalculator.refund(new ReturnRequest(cart, ctx, schemes, PromotionPolicy.DEFAULT, frozen, returning,
                giftsBack, Map.of())).get();
    }

    @Test
    void example1_returnOfOneUnitAfterSpecialPriceWithLimit() {
        Scheme s = Scheme.of("sp-h", "特价", new SpecialPrice(fen("39.90")))
                .withScope(ProductScope.skus(Set.of("H"))).withLimits(Limits.qtyPerOrder(2));
        RefundResult r = refund(cart("H", 3), CTX, List.of(s), Map.of(1, Quantity.of(1)), Set.of());
        assertThat(r.refund()).isEqualTo(yuan("41.60"));
    }

    @Test
    void example21_returnRestoresPointsWithTheCashShare() {
        Scheme s = Scheme.of("pts", "积分抵现", new PointsRedemption(100, 0, 100, 5000));
        RefundResult r = refund(cart("H", 1, "D", 1), CTX.withPoints(3456), List.of(s), Map.of(2, Quantity.of(1)), Set.of());
        assertThat(r.refund()).isEqualTo(yuan("6.60"));
        assertThat(r.pointsRestored()).isEqualTo(620);
    }

    @Test
    void example24_returnOneUnitFromBuyTwoGetOneKeepAllocation() {
        RefundResult r = refund(cart("C", 2, "K", 2, "B", 2), CTX, List.of(ItemGroupExamplesTest.buy2get1(null)),
                Map.of(1, Quantity.of(1)), Set.of());
        assertThat(r.refund()).isEqualTo(yuan("6.52"));
        assertThat(r.policy()).isEqualTo(ReturnPolicy.KEEP_ALLOCATION);
    }

    @Test
    void example24_returnOneUnitFromBuyTwoGetOneClawBack() {
        Scheme clawBack = ItemGroupExamplesTest.buy2get1(null).withReturnPolicy(ReturnPolicy.CLAW_BACK);
        RefundResult r = refund(cart("C", 2, "K", 2, "B", 2), CTX, List.of(clawBack), Map.of(1, Quantity.of(1)), Set.of());
        assertThat(r.refund()).isEqualTo(yuan("4.40"));
        assertThat(r.policy()).isEqualTo(ReturnPolicy.CLAW_BACK);
    }

    static Scheme gift199() {
        return Scheme.of("gift", "满199赠M", new ThresholdGift(Tiers.of(fen("199.00"), 1),
                List.of(new GiftOption("M", fen("15.00"))), false));
    }

    @Test
    void example25_returnWithTheGiftRefundsInFull() {
        RefundResult r = refund(cart("F", 1, "E", 1), CTX, List.of(gift199()), Map.of(2, Quantity.of(1)), Set.of(3));
        assertThat(r.giftsToReturn()).containsExactly(3);
        assertThat(r.refund()).isEqualTo(yuan("99.00"));
    }

    @Test
    void example25_returnKeepingTheGiftWithholdsItsValue() {
        RefundResult r = refund(cart("F", 1, "E", 1), CTX, List.of(gift199()), Map.of(2, Quantity.of(1)), Set.of());
        assertThat(r.giftDeduction()).isEqualTo(yuan("15.00"));
        assertThat(r.refund()).isEqualTo(yuan("84.00"));
    }

    @Test
    void lastReturnOfALineTakesWhatIsLeft() {
        Scheme s = OrderLevelExamplesTest.manjian("100.00", "20.00");
        Cart c = cart("D", 5, "A", 12);
        PricingResult frozen = PromotionEngine.price(c, CTX, List.of(s), PromotionPolicy.DEFAULT);
        RefundResult first = ReturnCalculator.refund(new ReturnRequest(c, CTX, List.of(s), PromotionPolicy.DEFAULT, frozen,
                Map.of(2, Quantity.of(5)), Set.of(), Map.of())).get();
        RefundResult second = ReturnCalculator.refund(new ReturnRequest(c, CTX, List.of(s), PromotionPolicy.DEFAULT, frozen,
                Map.of(2, Quantity.of(7)), Set.of(), Map.of(2, new PriorReturn(Quantity.of(5), first.refund(), 0)))).get();
        assertThat(first.refund().plus(second.refund())).isEqualTo(frozen.lineOf("A").payable());
    }

    @Test
    void returningMoreThanWasBoughtIsRefused() {
        Cart c = cart("D", 1);
        PricingResult frozen = PromotionEngine.price(c, CTX, List.of(), PromotionPolicy.DEFAULT);
        var result = ReturnCalculator.refund(new ReturnRequest(c, CTX, List.of(), PromotionPolicy.DEFAULT, frozen,
                Map.of(1, Quantity.of(2)), Set.of(), Map.of()));
        assertThat(result.getLeft().code()).isEqualTo("promotion.invalid-return");
    }
}
