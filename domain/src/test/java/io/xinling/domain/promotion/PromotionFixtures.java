package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.scheme.SchemeFactory;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Representative inputs for benchmarks and tests: sample parameters for each of the 42 rule types, a
 * 20-line cart, and a set of N active schemes mixed over all types (built through {@link SchemeFactory},
 * deterministic, no randomness). For the JMH benchmark: {@code PromotionFixtures.cart(20, 1)},
 * {@code PromotionFixtures.schemes(100)}, {@code PromotionFixtures.context()},
 * {@code PromotionEngine.index(schemes)}.
 */
public final class PromotionFixtures {

    public static final Map<String, Map<String, Object>> SAMPLE_PARAMS = new LinkedHashMap<>();

    static {
        Map<String, Map<String, Object>> m = SAMPLE_PARAMS;
        List<Map<String, Object>> gifts = List.of(Map.of("sku", "GIFT-1", "value", "15.00"));
        m.put("special_price", Map.of("price", "9.90"));
        m.put("percent_off_item", Map.of("payRate", "88"));
        m.put("amount_off_item", Map.of("amount", "1.00"));
        m.put("flash_sale", Map.of("price", "5.00"));
        m.put("time_limited_discount", Map.of("default", Map.of("payRate", "90"), "skus", Map.of("SKU-1", Map.of("price", "8.00"))));
        m.put("member_price", Map.of("prices", Map.of("GOLD", Map.of("SKU-2", "7.50"))));
        m.put("member_level_discount", Map.of("payRates", Map.of("GOLD", "85", "SILVER", "90")));
        m.put("member_day", Map.of("payRate", "90"));
        m.put("scheduled_price_adjustment", Map.of("prices", Map.of("SKU-3", "18.00")));
        m.put("tiered_unit_price", Map.of("tiers", List.of(Map.of("minQty", 6, "price", "2.80"), Map.of("minQty", 12, "price", "2.50")), "mode", "INCREMENTAL"));
        m.put("nth_unit_discount", Map.of("n", 2, "payRate", "50"));
        m.put("buy_n_get_m_free", Map.of("n", 2, "m", 1));
        m.put("buy_x_get_y", Map.of("triggerQty", 2, "gifts", gifts));
        m.put("buy_x_discount_y", Map.of("xSkus", List.of("SKU-4"), "ySkus", List.of("SKU-5"), "payRate", "70"));
        m.put("bundle_price", Map.of("slots", List.of(Map.of("skus", List.of("SKU-6")), Map.of("skus", List.of("SKU-7", "SKU-8"))), "price", "20.00"));
        m.put("n_for_price", Map.of("n", 3, "price", "39.00"));
        m.put("add_on_purchase", Map.of("tiers", List.of(Map.of("threshold", "99.00", "skus", List.of("SKU-9"), "price", "1.00"))));
        m.put("threshold_amount_off", Map.of("tiers", List.of(Map.of("threshold", "100.00", "amount", "10.00"), Map.of("threshold", "200.00", "amount", "25.00"))));
        m.put("every_amount_off", Map.of("threshold", "200.00", "amount", "20.00", "maxTimes", 5));
        m.put("threshold_percent_off", Map.of("tiers", List.of(Map.of("threshold", "300.00", "payRate", "90"))));
        m.put("qty_threshold_amount_off", Map.of("tiers", List.of(Map.of("minQty", 5, "amount", "5.00"))));
        m.put("qty_threshold_percent_off", Map.of("tiers", List.of(Map.of("minQty", 3, "payRate", "95"))));
        m.put("threshold_gift", Map.of("tiers", List.of(Map.of("threshold", "199.00", "gifts", 1)), "gifts", gifts));
        m.put("threshold_reward_return", Map.of("threshold", "300.00", "kind", "COUPON", "reference", "CT-10", "amount", 1));
        m.put("whole_order_discount", Map.of("payRate", "98"));
        m.put("free_shipping", Map.of("threshold", "99.00"));
        m.put("new_customer_offer", Map.of("amount", "10.00"));
        m.put("payment_method_offer", Map.of("threshold", "50.00", "amount", "5.00"));
        m.put("cash_coupon", Map.of("amount", "10.00"));
        m.put("threshold_coupon", Map.of("threshold", "150.00", "amount", "15.00"));
        m.put("percent_coupon", Map.of("payRate", "90", "maxDiscount", "30.00"));
        m.put("product_coupon", Map.of("amount", "2.00", "maxUnits", 2));
        m.put("shipping_coupon", Map.of("amount", "5.00"));
        m.put("exchange_coupon", Map.of("price", "0"));
        m.put("points_earn_multiplier", Map.of("multiplier", "2"));
        m.put("points_redemption", Map.of("pointsPerYuan", 100, "step", "1.00", "maxShare", "50"));
        m.put("stored_value_bonus", Map.of("tiers", List.of(Map.of("recharge", "500.00", "bonus", "50.00"))));
        m.put("gift_card", Map.of("faceValue", "100.00"));
        m.put("rounding_off", Map.of("mode", "TRUNCATE_FEN"));
        m.put("b2b_free_goods", Map.of("n", 10, "m", 1));
        m.put("b2b_volume_rebate", Map.of("tiers", List.of(Map.of("volume", "10000.00", "payRate", "97"))));
        m.put("price_floor_guard", Map.of("minPayRate", "50"));
    }

    private PromotionFixtures() {
    }

    public static PricingContext context() {
        return PricingContext.at("S1", "POS", LocalDateTime.of(2026, 11, 25, 12, 0))
                .withMember("GOLD", Set.of("VIP")).withCoupons(Set.of("CODE-1", "CODE-2")).withPoints(5000)
                .withTender("WECHAT").withShippingFee(Money.cny("8.00")).withPeriodVolume(Money.cny("20000.00"));
    }

    /** A cart of {@code lines} lines of {@code qty} units each over 10 categories and 5 brands. */
    public static Cart cart(int lines, long qty) {
        List<CartLine> out = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            long price = 199 + (i * 7919L) % 20_000;
            out.add(new CartLine(i, "SKU-" + i, List.of("CAT-" + (i % 10 / 5), "CAT-" + (i % 10)), "BRAND-" + (i % 5),
                    Money.cny(price), Quantity.of(qty), true, false, PriceFloor.NONE));
        }
        return new Cart(out);
    }

    /**
     * {@code count} schemes cycling through the 42 types, scoped to SKUs, categories, brands or all products.
     * The first 100 are the cart's own department (SKU-1 to SKU-40, CAT-0 to CAT-9, BRAND-0 to BRAND-4):
     * every one of them reaches the {@link #cart}, about one in eight storewide. Each further hundred is
     * another department of the catalogue, with the same mix of types over SKUs, categories and brands of its
     * own (hundred {@code d}: SKU-{@code 40d+1} to {@code 40d+40}, CAT-{@code 10d} to {@code 10d+9},
     * BRAND-{@code 5d} to {@code 5d+4}); its storewide slots take its department's top category instead, as
     * a merchant's storewide promotions do not grow with the catalogue. So a 20-line cart against 1,000
     * active schemes reaches the same hundred as against 100, as a real cart does, and the rest must be
     * skipped by the index.
     */
    public static List<Scheme> schemes(int count) {
        List<String> types = new ArrayList<>(SAMPLE_PARAMS.keySet());
        List<Scheme> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String type = types.get(i % types.size());
            Map<String, Object> def = new HashMap<>();
            def.put("id", "S-" + i);
            def.put("priority", i % 3);
            def.put("params", SAMPLE_PARAMS.get(type));
            def.put("scope", scope(i));
            if (type.endsWith("coupon")) {
                def.put("audience", Map.of("couponCode", "CODE-" + (i % 3)));
            }
            if (type.equals("payment_method_offer")) {
                def.put("audience", Map.of("tenderMethods", List.of("WECHAT")));
            }
            out.add(SchemeFactory.create(type, def).getOrElseThrow(e -> new IllegalStateException(e.message())));
        }
        return out;
    }

    private static Map<String, Object> scope(int i) {
        int d = i / 100;
        return switch (i % 4) {
            case 0 -> Map.of("skus", List.of("SKU-" + (40 * d + i % 40 + 1), "SKU-" + (40 * d + (i * 3) % 40 + 1)));
            case 1 -> Map.of("categories", List.of("CAT-" + (10 * d + i % 10)));
            case 2 -> Map.of("brands", List.of("BRAND-" + (5 * d + i % 5)));
            default -> i % 8 == 3 && d == 0 ? Map.of() : Map.of("categories", List.of("CAT-" + (10 * d + i % 2)));
        };
    }
}
