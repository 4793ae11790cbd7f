package io.xinling.domain.promotion;

import io.xinling.domain.promotion.rule.group.AddOnPurchase;
import io.xinling.domain.promotion.rule.group.AddOnTier;
import io.xinling.domain.promotion.rule.group.B2bFreeGoods;
import io.xinling.domain.promotion.rule.group.BundlePrice;
import io.xinling.domain.promotion.rule.group.BundleSlot;
import io.xinling.domain.promotion.rule.group.BuyNGetMFree;
import io.xinling.domain.promotion.rule.group.BuyXGetY;
import io.xinling.domain.promotion.rule.GiftOption;
import io.xinling.domain.promotion.rule.ItemBenefit;
import io.xinling.domain.promotion.rule.group.NForPrice;
import io.xinling.domain.promotion.rule.group.NthUnitDiscount;
import io.xinling.domain.promotion.rule.Tier;
import io.xinling.domain.promotion.rule.group.TieredUnitPrice;
import io.xinling.domain.promotion.rule.Tiers;
import io.xinling.domain.promotion.scheme.ProductScope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.xinling.domain.promotion.Catalogue.cart;
import static io.xinling.domain.promotion.Catalogue.fen;
import static io.xinling.domain.promotion.Catalogue.yuan;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.CTX;
import static io.xinling.domain.promotion.ItemPriceExamplesTest.price;
import static org.assertj.core.api.Assertions.assertThat;

class ItemGroupExamplesTest {

    @Test
    void example7_secondUnitHalfPrice() {
        Scheme s = Scheme.of("2nd", "第二件半价", new NthUnitDiscount(2, ItemBenefit.payRate(5000), Long.MAX_VALUE, null))
                .withScope(ProductScope.skus(Set.of("J")));
        PricingResult r = price(cart("J", 5), CTX, s);
        assertThat(r.lineOf("J").discount()).isEqualTo(yuan("28.00"));
        assertThat(r.payable()).isEqualTo(yuan("112.00"));
    }

    static Scheme buy2get1(UnitSelection sel) {
        return Scheme.of("b2g1", "买二送一", new BuyNGetMFree(2, 1, false, Long.MAX_VALUE, sel))
                .withScope(ProductScope.skus(Set.of("A", "B", "C", "K")));
    }

    @Test
    void example9_buyTwoGetOneCustomerBestWithGroupProrata() {
        PricingResult r = price(cart("C", 2, "K", 2, "B", 2), CTX, buy2get1(null));
        assertThat(r.discount()).isEqualTo(yuan("11.00"));
        assertThat(r.payable()).isEqualTo(yuan("28.80"));
        assertThat(r.lineOf("C").discount()).isEqualTo(yuan("4.76"));
        assertThat(r.lineOf("K").discount()).isEqualTo(yuan("3.63"));
        assertThat(r.lineOf("B").discount()).isEqualTo(yuan("2.61"));
        assertThat(r.lineOf("C").payable()).isEqualTo(yuan("13.04"));
    }

    @Test
    void example9_buyTwoGetOneMerchantBest() {
        PricingResult r = price(cart("C", 2, "K", 2, "B", 2), CTX, buy2get1(UnitSelection.MERCHANT_BEST));
        assertThat(r.discount()).isEqualTo(yuan("9.00"));
        assertThat(r.payable()).isEqualTo(yuan("30.80"));
    }

    @Test
    void example9_leftoverUnitPaysInFull() {
        PricingResult r = price(cart("C", 2, "K", 2, "B", 2, "A", 1), CTX, buy2get1(null));
        assertThat(r.payable()).isEqualTo(yuan("31.80"));
        assertThat(r.lineOf("A").payable()).isEqualTo(yuan("3.00"));
    }

    @Test
    void example10_buyXGetYWithShortGiftStock() {
        Scheme s = Scheme.of("gwp", "买2瓶洗发水送1个马克杯",
                        new BuyXGetY(2, 0, List.of(new GiftOption("M", fen("15.00"))), 1, false))
                .withScope(ProductScope.skus(Set.of("H")));
        PricingContext ctx = CTX.withUsage(Map.of("gwp", SchemeUsage.UNLIMITED.withGiftStock(1)));
        PricingResult r = price(cart("H", 4), ctx, s);
        assertThat(r.gifts()).hasSize(1);
        LineResult gift = r.gifts().get(0);
        assertThat(gift.sku()).isEqualTo("M");
        assertThat(gift.quantity().value().intValue()).isEqualTo(1);
        assertThat(gift.discount()).isEqualTo(yuan("15.00"));
        assertThat(gift.payable()).isEqualTo(yuan("0.00"));
        assertThat(r.messages()).contains("赠品库存不足，少赠1件");
        assertThat(r.payable()).isEqualTo(yuan("180.00"));
    }

    static Scheme addOn() {
        return Scheme.of("addon", "满100元可加1元换购M",
                new AddOnPurchase(List.of(new AddOnTier(fen("100.00"), Set.of("M"), fen("1.00"), 1))));
    }

    @Test
    void example12_addOnPurchaseWhenConditionHolds() {
        PricingResult r = price(cart("J", 3, "K", 4, "M", 1), CTX, addOn());
        assertThat(r.lineOf("M").discount()).isEqualTo(yuan("14.00"));
        assertThat(r.payable()).isEqualTo(yuan("111.00"));
    }

    @Test
    void example12_addOnRevertsWhenConditionIsLost() {
        PricingResult r = price(cart("J", 2, "K", 4, "M", 1), CTX, addOn());
        assertThat(r.lineOf("M").payable()).isEqualTo(yuan("15.00"));
        assertThat(r.payable()).isEqualTo(yuan("97.00"));
        assertThat(r.whyNot("addon").orElseThrow().message()).contains("加价购条件未满足");
    }

    static Scheme tiers(boolean incremental) {
        return Scheme.of("tier", "阶梯价", new TieredUnitPrice(new Tiers(List.of(new Tier(6, fen("2.80")),
                        new Tier(12, fen("2.50")))), ItemBenefit.Kind.PRICE, incremental, false))
                .withScope(ProductScope.skus(Set.of("A")));
    }

    @Test
    void example15_tieredPriceAllUnits() {
        assertThat(price(cart("A", 14), CTX, tiers(false)).payable()).isEqualTo(yuan("35.00"));
    }

    @Test
    void example15_tieredPriceIncremental() {
        assertThat(price(cart("A", 14), CTX, tiers(true)).payable()).isEqualTo(yuan("39.30"));
    }

    @Test
    void example32_dealerTenPlusOne() {
        Scheme s = Scheme.of("10+1", "订货10+1", new B2bFreeGoods(10, 1, null, 0)).withScope(ProductScope.skus(Set.of("P")));
        PricingResult r = price(cart("P", 35), CTX, s);
        assertThat(r.payable()).isEqualTo(yuan("4200.00"));
        assertThat(r.gifts()).singleElement().satisfies(g -> {
            assertThat(g.quantity().value().intValue()).isEqualTo(3);
            assertThat(g.baseAmount()).isEqualTo(yuan("360.00"));
        });
    }

    @Test
    void bundleAndNForPriceFormDealsOnlyWhenCheaper() {
        Scheme bundle = Scheme.of("set", "牛奶面包套餐", new BundlePrice(List.of(new BundleSlot(Set.of("D"), 1),
                new BundleSlot(Set.of("K"), 1)), fen("16.00")));
        PricingResult r = price(cart("D", 2, "K", 1), CTX, bundle);
        assertThat(r.discount()).isEqualTo(yuan("3.30"));
        Scheme nFor = Scheme.of("3for", "39元任选3件", new NForPrice(3, fen("39.00"), null))
                .withScope(ProductScope.categories(Set.of("服装")));
        PricingResult r2 = price(cart("G", 3, "E", 1), CTX, nFor);
        assertThat(r2.discount()).isEqualTo(yuan("99.00").plus(yuan("39.80")).minus(yuan("39.00")));
    }
}
