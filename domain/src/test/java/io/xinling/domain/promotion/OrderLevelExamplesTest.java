package io.xinling.domain.promotion;

import io.xinling.domain.promotion.rule.coupon.CashCoupon;
import io.xinling.domain.promotion.rule.order.EveryAmountOff;
import io.xinling.domain.promotion.rule.GiftOption;
import io.xinling.domain.promotion.rule.ItemBenefit;
import io.xinling.domain.promotion.rule.item.MemberDay;
import io.xinling.domain.promotion.rule.order.PaymentMethodOffer;
import io.xinling.domain.promotion.rule.loyalty.PointsRedemption;
import io.xinling.domain.promotion.rule.finishing.RoundingMode;
import io.xinling.domain.promotion.rule.finishing.RoundingOff;
import io.xinling.domain.promotion.rule.item.SpecialPrice;
import io.xinling.domain.promotion.rule.order.ThresholdAmountOff;
import io.xinling.domain.promotion.rule.coupon.ThresholdCoupon;
import io.xinling.domain.promotion.rule.order.ThresholdGift;
import io.xinling.domain.promotion.rule.order.ThresholdPercentOff;
import io.xinling.domain.promotion.rule.Tiers;
import io.xinling.domain.promotion.scheme.Audience;
import io.xinling.domain.promotion.scheme.Limits;
import io.xinling.domain.promotion.scheme.ProductScope;
import io.xinling.domain.promotion.scheme.Stacking;
import io.xinling.domain.promotion.scheme.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.xinling.domain.promotion.Catalogue.cart;
import static io.xinling.domain.promotion.Catalogue.fen;
import static io.xinling.domain.promotion.Catalogue.yuan;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.CTX;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.price;
import static org.assertj.core.api.Assertions.assertThat;

class OrderLevelExamplesTest {

    static Scheme manjian(String t, String d) {
        return Scheme.of("mj", "满" + t + "减" + d, new ThresholdAmountOff(Tiers.of(fen(t), fen(d))));
    }

    @Test
    void example3_thresholdHitExactly() {
        PricingResult r = price(cart("D", 5, "A", 12), CTX, manjian("100.00", "20.00"));
        assertThat(r.lineOf("D").discount()).isEqualTo(yuan("12.80"));
        assertThat(r.lineOf("A").discount()).isEqualTo(yuan("7.20"));
        assertThat(r.payable()).isEqualTo(yuan("80.00"));
    }

    @Test
    void example3_oneFenShortIsNotMet() {
        Cart c = Cart.of(Catalogue.line(1, "D", 5), CartLine.of(2, "Z", "x", "", yuan("35.99"), 1));
        PricingResult r = price(c, CTX, manjian("100.00", "20.00"));
        NotApplied why = r.whyNot("mj").orElseThrow();
        assertThat(why.reason()).isEqualTo(Reason.THRESHOLD_NOT_MET);
        assertThat(why.shortfall()).contains(yuan("0.01"));
    }

    @Test
    void example4_everyTwoHundredOffTwentyUncapped() {
        Scheme s = Scheme.of("every", "每满200减20", new EveryAmountOff(fen("200.00"), fen("20.00"), Long.MAX_VALUE, Long.MAX_VALUE));
        PricingResult r = price(cart("F", 3, "E", 1, "G", 4), CTX, s);
        assertThat(r.discount()).isEqualTo(yuan("60.00"));
        assertThat(r.lineOf("F").discount()).isEqualTo(yuan("43.65"));
        assertThat(r.lineOf("E").discount()).isEqualTo(yuan("9.06"));
        assertThat(r.lineOf("G").discount()).isEqualTo(yuan("7.29"));
        assertThat(r.payable()).isEqualTo(yuan("595.60"));
        Scheme capped = Scheme.of("every", "最多减2次", new EveryAmountOff(fen("200.00"), fen("20.00"), 2, Long.MAX_VALUE));
        assertThat(price(cart("F", 3, "E", 1, "G", 4), CTX, capped).payable()).isEqualTo(yuan("615.60"));
    }

    static Scheme clothing300() {
        return Scheme.of("mz", "服装满300打9折", new ThresholdPercentOff(Tiers.of(fen("300.00"), 9000), Long.MAX_VALUE))
                .withScope(ProductScope.categories(Set.of("服装")));
    }

    @Test
    void example6_categoryThresholdOverEligibleLinesOnly() {
        PricingResult r1 = price(cart("F", 1, "E", 1, "H", 1), CTX, clothing300());
        assertThat(r1.whyNot("mz").orElseThrow().shortfall()).contains(yuan("42.00"));
        PricingResult r2 = price(cart("F", 1, "E", 1, "H", 1, "G", 3), CTX, clothing300());
        assertThat(r2.discount()).isEqualTo(yuan("31.77"));
        assertThat(r2.lineOf("F").discount()).isEqualTo(yuan("15.90"));
        assertThat(r2.lineOf("E").discount()).isEqualTo(yuan("9.90"));
        assertThat(r2.lineOf("G").discount()).isEqualTo(yuan("5.97"));
        assertThat(r2.lineOf("H").discount()).isEqualTo(yuan("0.00"));
        assertThat(r2.payable()).isEqualTo(yuan("330.93"));
    }

    @Test
    void example11_thresholdBaseAfterItemDiscounts() {
        Scheme sp = Scheme.of("sp-f", "特价", new SpecialPrice(fen("139.00"))).withScope(ProductScope.skus(Set.of("F")));
        Scheme gift = Scheme.of("mz", "满249赠M", new ThresholdGift(Tiers.of(fen("249.00"), 1), List.of(new GiftOption("M", fen("15.00"))), false));
        PricingResult r = price(cart("E", 1, "F", 1), CTX, sp, gift);
        assertThat(r.payable()).isEqualTo(yuan("238.00"));
        assertThat(r.gifts()).isEmpty();
        assertThat(r.whyNot("mz").orElseThrow().shortfall()).contains(yuan("11.00"));
        PricingResult onList = PromotionEngine.price(cart("E", 1, "F", 1), CTX, List.of(sp, gift),
                PromotionPolicy.DEFAULT.withThresholdBase(ThresholdBase.LIST_PRICE));
        assertThat(onList.gifts()).extracting(LineResult::sku).containsExactly("M");
    }

    @Test
    void example18_wholePipelineThresholdCouponRounding() {
        Scheme coupon = Scheme.of("cp", "满150减15券", new ThresholdCoupon(fen("150.00"), false, fen("15.00")))
                .withAudience(Audience.ANYONE.withCoupon("C150"));
        Scheme round = Scheme.of("round", "抹分", new RoundingOff(RoundingMode.TRUNCATE_FEN, false));
        PricingResult r = price(cart("F", 1, "G", 2, "Y", 2), CTX.withCoupons(Set.of("C150")),
                manjian("200.00", "20.00"), coupon, round);
        assertThat(r.lineOf("F").payable()).isEqualTo(yuan("132.54"));
        assertThat(r.lineOf("G").payable()).isEqualTo(yuan("33.18"));
        assertThat(r.lineOf("Y").payable()).isEqualTo(yuan("9.98"));
        assertThat(r.payable()).isEqualTo(yuan("175.70"));
        assertThat(r.lineOf("F").discount()).isEqualTo(yuan("26.46"));
        assertThat(r.lineOf("G").discount()).isEqualTo(yuan("6.62"));
        assertThat(r.lineOf("Y").discount()).isEqualTo(yuan("1.98"));
        assertThat(r.lineOf("F").adjustments()).extracting(a -> a.amount().format())
                .containsExactly("15.09", "11.32", "0.05");
    }

    @Test
    void example20_cashCouponLargerThanTheOrder() {
        Scheme s = Scheme.of("cash", "代金券50", new CashCoupon(fen("50.00")));
        Cart c = Cart.of(CartLine.of(1, "X", "x", "", yuan("36.80"), 1));
        assertThat(price(c, CTX, s).payable()).isEqualTo(yuan("0.00"));
        PricingResult min = PromotionEngine.price(c, CTX, List.of(s), PromotionPolicy.DEFAULT.withMinimumPayable(1));
        assertThat(min.discount()).isEqualTo(yuan("36.79"));
        assertThat(min.payable()).isEqualTo(yuan("0.01"));
    }

    @Test
    void anOrderPromotionOrPointsEveryLineOfWhichRefusesThemIsExcludedByTheSchemeThatRefusedThem() {
        Scheme special = Scheme.of("sp-h", "特价", new io.xinling.domain.promotion.rule.item.SpecialPrice(fen("39.90")))
                .withScope(ProductScope.skus(Set.of("H")));
        PricingResult noOrder = price(cart("H", 3), CTX,
                special.withStacking(new Stacking(true, false, true, true, false, false)), manjian("100.00", "20.00"));
        NotApplied mj = noOrder.whyNot("mj").orElseThrow();
        assertThat(mj.reason()).isEqualTo(Reason.EXCLUDED_BY);
        assertThat(mj.competitor()).contains("sp-h");
        assertThat(mj.message()).startsWith("不与订单促销同享");

        Scheme points = Scheme.of("pr", "积分抵现", new io.xinling.domain.promotion.rule.loyalty.PointsRedemption(100, 0, 1, 10_000));
        PricingResult noPoints = price(cart("H", 3), CTX.withPoints(1_000),
                special.withStacking(new Stacking(true, true, true, false, false, false)), points);
        NotApplied pr = noPoints.whyNot("pr").orElseThrow();
        assertThat(pr.reason()).isEqualTo(Reason.EXCLUDED_BY);
        assertThat(pr.competitor()).contains("sp-h");

        PricingResult both = price(cart("H", 3), CTX.withPoints(1_000), special, points, manjian("100.00", "20.00"));
        assertThat(both.whyNot("pr")).as("without the flags both apply").isEmpty();
        assertThat(both.whyNot("mj")).isEmpty();
    }

    @Test
    void aCouponEveryLineOfWhichRefusesCouponsIsExcludedByTheSchemeThatRefusedThem() {
        Stacking noCoupons = new Stacking(false, true, false, true, false, false);
        Scheme mj = manjian("100.00", "20.00").withStacking(noCoupons);
        Scheme cash = Scheme.of("cash", "代金券5", new CashCoupon(fen("5.00")));
        PricingResult r = price(cart("D", 5, "A", 12), CTX, mj, cash);
        assertThat(r.payable()).isEqualTo(yuan("80.00"));
        NotApplied why = r.whyNot("cash").orElseThrow();
        assertThat(why.reason()).isEqualTo(Reason.EXCLUDED_BY);
        assertThat(why.competitor()).contains("mj");

        Scheme onD = manjian("50.00", "20.00").withStacking(noCoupons).withScope(ProductScope.skus(Set.of("D")));
        PricingResult partly = price(cart("D", 5, "A", 12), CTX, onD, cash);
        assertThat(partly.whyNot("cash")).as("the A line still takes the coupon").isEmpty();
        assertThat(partly.lineOf("A").discount()).isEqualTo(yuan("5.00"));
    }

    @Test
    void example21_pointsRedemptionWithCaps() {
        Scheme s = Scheme.of("pts", "积分抵现", new PointsRedemption(100, 0, 100, 5000));
        PricingResult r = price(cart("H", 1, "D", 1), CTX.withPoints(3456), s);
        assertThat(r.pointsRedeemed()).isEqualTo(2800);
        assertThat(r.lineOf("H").discount()).isEqualTo(yuan("21.80"));
        assertThat(r.lineOf("D").discount()).isEqualTo(yuan("6.20"));
        assertThat(r.lineOf("D").pointsRedeemed()).isEqualTo(620);
        assertThat(r.payable()).isEqualTo(yuan("29.80"));
    }

    @Test
    void example25_thresholdGiftAddsGiftAtZero() {
        Scheme s = Scheme.of("gift", "满199赠M", new ThresholdGift(Tiers.of(fen("199.00"), 1), List.of(new GiftOption("M", fen("15.00"))), false));
        PricingResult r = price(cart("F", 1, "E", 1), CTX, s);
        assertThat(r.payable()).isEqualTo(yuan("258.00"));
        assertThat(r.gifts()).singleElement().satisfies(g -> assertThat(g.payable()).isEqualTo(yuan("0.00")));
    }

    @Test
    void example28_couponExcludingSpecialPriceItems() {
        Scheme sp = Scheme.of("sp-h", "特价", new SpecialPrice(fen("39.90"))).withScope(ProductScope.skus(Set.of("H")));
        Scheme coupon = Scheme.of("cp", "满100减10", new ThresholdCoupon(fen("100.00"), false, fen("10.00")))
                .withStacking(Stacking.DEFAULT.withExcludeSpecialPriceItems(true));
        PricingResult r = price(cart("H", 2, "J", 2, "K", 2), CTX, sp, coupon);
        NotApplied why = r.whyNot("cp").orElseThrow();
        assertThat(why.shortfall()).contains(yuan("31.00"));
        assertThat(why.message()).isEqualTo("可用商品金额69.00元，还差31.00元");
        Scheme plain = Scheme.of("cp", "满100减10", new ThresholdCoupon(fen("100.00"), false, fen("10.00")));
        assertThat(price(cart("H", 2, "J", 2, "K", 2), CTX, sp, plain).payable()).isEqualTo(yuan("138.80"));
    }

    @Test
    void example29_memberDayWindowEdge() {
        Scheme s = Scheme.of("mday", "会员日生鲜9折", new MemberDay(ItemBenefit.payRate(9000)))
                .withScope(ProductScope.categories(Set.of("生鲜")))
                .withAudience(Audience.ANYONE.withMembersOnly())
                .withWindow(TimeWindow.ALWAYS.withWeekdays(Set.of(DayOfWeek.WEDNESDAY))
                        .withSlots(List.of(new TimeWindow.Slot(LocalTime.of(10, 0), LocalTime.of(22, 0)))));
        PricingContext member = CTX.withMember("GOLD", Set.of());
        LocalDateTime wed = LocalDateTime.of(2026, 11, 25, 21, 59, 59);
        assertThat(price(cart("D", 3), member.withTime(wed), s).payable()).isEqualTo(yuan("34.56"));
        PricingResult late = price(cart("D", 3), member.withTime(wed.plusSeconds(1)), s);
        assertThat(late.payable()).isEqualTo(yuan("38.40"));
        assertThat(late.whyNot("mday").orElseThrow().reason()).isEqualTo(Reason.OUT_OF_WINDOW);
        assertThat(price(cart("D", 3), CTX.withTime(wed), s).payable()).isEqualTo(yuan("38.40"));
    }

    @Test
    void example30_budgetAllOrNothingAndPartial() {
        Scheme s = Scheme.of("mj", "满减", new ThresholdAmountOff(Tiers.of(fen("50.00"), fen("10.00"))));
        PricingContext ctx = CTX.withUsage(Map.of("mj", SchemeUsage.UNLIMITED.withBudget(800)));
        PricingResult r = price(cart("E", 1), ctx, s);
        assertThat(r.whyNot("mj").orElseThrow().reason()).isEqualTo(Reason.BUDGET_EXHAUSTED);
        Scheme partial = s.withLimits(new Limits(Long.MAX_VALUE, Long.MAX_VALUE, true));
        assertThat(price(cart("E", 1), ctx, partial).discount()).isEqualTo(yuan("8.00"));
        PricingResult spent = price(cart("E", 1), CTX.withUsage(Map.of("mj", SchemeUsage.UNLIMITED.withBudget(0))), partial);
        assertThat(spent.discount()).isEqualTo(yuan("0.00"));
        assertThat(spent.whyNot("mj").orElseThrow().reason()).as("a spent budget is reported, partial or not")
                .isEqualTo(Reason.BUDGET_EXHAUSTED);
    }

    @Test
    void example30_aCampaignBudgetIsSharedByItsSchemesWithinOneOrder() {
        Scheme first = Scheme.of("mj-a", "满减甲", new ThresholdAmountOff(Tiers.of(fen("50.00"), fen("10.00")))).withGroup("a");
        Scheme second = Scheme.of("mj-b", "满减乙", new ThresholdAmountOff(Tiers.of(fen("50.00"), fen("10.00")))).withGroup("b");
        assertThat(price(cart("E", 1), CTX, first, second).discount()).isEqualTo(yuan("20.00"));
        SchemeUsage campaign = SchemeUsage.UNLIMITED.inPool("double-11", 1_500, Long.MAX_VALUE);
        PricingContext ctx = CTX.withUsage(Map.of("mj-a", campaign, "mj-b", campaign));
        PricingResult r = price(cart("E", 1), ctx, first, second);
        assertThat(r.discount()).isEqualTo(yuan("10.00"));
        assertThat(r.whyNot("mj-b").orElseThrow().reason()).isEqualTo(Reason.BUDGET_EXHAUSTED);
        Scheme partial = second.withLimits(new Limits(Long.MAX_VALUE, Long.MAX_VALUE, true));
        assertThat(price(cart("E", 1), ctx, first, partial).discount()).isEqualTo(yuan("15.00"));
        PricingContext noOrdersLeft = CTX.withUsage(Map.of("mj-a", SchemeUsage.UNLIMITED.inPool("double-11", 1_500, 0)));
        assertThat(price(cart("E", 1), noOrdersLeft, first, second).whyNot("mj-a").orElseThrow().reason())
                .isEqualTo(Reason.LIMIT_REACHED);
    }

    @Test
    void example33_oneDiscountOverTwoVatRates() {
        Cart c = Cart.of(CartLine.of(1, "V13", "x", "", yuan("113.00"), 1), CartLine.of(2, "V9", "y", "", yuan("109.00"), 1));
        PricingResult r = price(c, CTX, manjian("200.00", "20.00"));
        assertThat(r.lineOf("V13").discount()).isEqualTo(yuan("10.18"));
        assertThat(r.lineOf("V9").discount()).isEqualTo(yuan("9.82"));
    }

    @Test
    void example35_paymentOfferRecomputedOnTenderChange() {
        Scheme pay = Scheme.of("wx", "微信支付满50立减5", new PaymentMethodOffer(fen("50.00"), false, fen("5.00")))
                .withAudience(new Audience(Set.of(), Set.of(), Set.of(), Set.of(), false, java.util.Optional.empty(),
                        java.util.Optional.empty(), Set.of("WECHAT")));
        Scheme round = Scheme.of("round", "抹分", new RoundingOff(RoundingMode.TRUNCATE_FEN, false));
        Cart c = Cart.of(CartLine.of(1, "X", "x", "", yuan("57.86"), 1));
        assertThat(price(c, CTX.withTender("WECHAT"), pay, round).payable()).isEqualTo(yuan("52.80"));
        PricingResult cash = price(c, CTX.withTender("CASH"), pay, round);
        assertThat(cash.payable()).isEqualTo(yuan("57.80"));
        assertThat(cash.whyNot("wx").orElseThrow().reason()).isEqualTo(Reason.TENDER_NOT_ELIGIBLE);
    }
}
