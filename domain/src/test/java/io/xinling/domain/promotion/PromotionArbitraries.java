package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.scheme.SchemeFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generators for carts (1–60 lines, quantities 1–300, prices 0.01–99,999.99 over a small SKU, category
 * and brand space so schemes overlap) and scheme sets drawn from all 42 rule types, built with
 * map/flatMap/combine so that jqwik can shrink them.
 */
final class PromotionArbitraries {

    static final List<String> TYPES = new ArrayList<>(PromotionFixtures.SAMPLE_PARAMS.keySet());

    private PromotionArbitraries() {
    }

    static Arbitrary<CartLine> line(int lineNo) {
        Arbitrary<Integer> sku = Arbitraries.integers().between(1, 12);
        Arbitrary<Long> price = Arbitraries.oneOf(Arbitraries.longs().between(1, 9_999_999),
                Arbitraries.longs().between(1, 5_000));
        Arbitrary<Long> qty = Arbitraries.oneOf(Arbitraries.longs().between(1, 300), Arbitraries.longs().between(1, 4));
        Arbitrary<Integer> floor = Arbitraries.integers().between(0, 3);
        return Combinators.combine(sku, price, qty, floor).as((s, p, q, f) -> new CartLine(lineNo, "SKU-" + s,
                List.of("CAT-" + (s % 2), "CAT-" + (s % 6)), "BRAND-" + (s % 3), Money.cny(p), Quantity.of(q), true,
                s == 12, floorOf(f, p)));
    }

    private static PriceFloor floorOf(int kind, long price) {
        return switch (kind) {
            case 1 -> PriceFloor.minPayRate(Percentage.ofPercent("80"));
            case 2 -> PriceFloor.minPrice(Money.cny(price / 2));
            default -> PriceFloor.NONE;
        };
    }

    static Arbitrary<Cart> carts() {
        return Arbitraries.integers().between(1, 60).flatMap(n -> {
            List<Arbitrary<CartLine>> lines = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                lines.add(line(i));
            }
            return Combinators.combine(lines).as(Cart::new);
        });
    }

    static Arbitrary<Cart> smallCarts() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> {
            List<Arbitrary<CartLine>> lines = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                lines.add(line(i));
            }
            return Combinators.combine(lines).as(Cart::new);
        });
    }

    static Arbitrary<Scheme> scheme(int index) {
        Arbitrary<String> type = Arbitraries.of(TYPES);
        Arbitrary<Integer> scope = Arbitraries.integers().between(0, 4);
        Arbitrary<Integer> knob = Arbitraries.integers().between(1, 9);
        Arbitrary<Integer> priority = Arbitraries.integers().between(0, 2);
        return Combinators.combine(type, scope, knob, priority).as((t, s, k, p) -> build(index, t, s, k, p));
    }

    static Arbitrary<List<Scheme>> schemeSets() {
        return Arbitraries.integers().between(0, 12).flatMap(n -> {
            List<Arbitrary<Scheme>> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(scheme(i));
            }
            return Combinators.combine(list).as(ArrayList::new);
        });
    }

    static Scheme build(int index, String type, int scope, int knob, int priority) {
        Map<String, Object> def = new HashMap<>();
        def.put("id", "S" + index + "-" + type);
        def.put("priority", priority);
        def.put("params", scale(PromotionFixtures.SAMPLE_PARAMS.get(type), knob));
        def.put("scope", switch (scope) {
            case 0 -> Map.of();
            case 1 -> Map.of("skus", List.of("SKU-" + knob, "SKU-" + (knob + 3)));
            case 2 -> Map.of("categories", List.of("CAT-" + (knob % 2)));
            case 3 -> Map.of("brands", List.of("BRAND-" + (knob % 3)));
            default -> Map.of("categories", List.of("CAT-" + (knob % 6)));
        });
        if (type.endsWith("coupon")) {
            def.put("audience", Map.of("couponCode", "CODE"));
        }
        return SchemeFactory.create(type, def).getOrElseThrow(e -> new IllegalStateException(type + ": " + e.message()));
    }

    /** Multiplies amount-like parameters by a knob so thresholds and benefits vary. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> scale(Map<String, Object> params, int knob) {
        Map<String, Object> out = new HashMap<>();
        params.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                out.put(k, scale((Map<String, Object>) m, knob));
            } else if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
                out.put(k, l.stream().map(x -> scale((Map<String, Object>) x, knob)).toList());
            } else if (v instanceof String s && s.contains(".") && List.of("threshold", "amount", "price").contains(k)) {
                out.put(k, new BigDecimal(s).multiply(BigDecimal.valueOf(knob)).toPlainString());
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    static PricingContext context() {
        return PromotionFixtures.context().withCoupons(java.util.Set.of("CODE"));
    }
}
