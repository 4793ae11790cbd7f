package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;

import java.util.List;
import java.util.Map;

/** The SKUs of spec section 4, as cart lines. */
final class Catalogue {

    record Sku(String code, String price, List<String> categories) {
    }

    static final Map<String, Sku> SKUS = Map.ofEntries(
            Map.entry("A", new Sku("A", "3.00", List.of("饮料"))),
            Map.entry("B", new Sku("B", "4.50", List.of("饮料"))),
            Map.entry("C", new Sku("C", "8.90", List.of("零食"))),
            Map.entry("D", new Sku("D", "12.80", List.of("乳品", "生鲜"))),
            Map.entry("E", new Sku("E", "99.00", List.of("服装"))),
            Map.entry("F", new Sku("F", "159.00", List.of("服装"))),
            Map.entry("G", new Sku("G", "19.90", List.of("服装"))),
            Map.entry("H", new Sku("H", "45.00", List.of("日化"))),
            Map.entry("J", new Sku("J", "28.00", List.of("食品"))),
            Map.entry("K", new Sku("K", "6.50", List.of("烘焙"))),
            Map.entry("M", new Sku("M", "15.00", List.of("赠品"))),
            Map.entry("Y", new Sku("Y", "5.98", List.of("乳品", "生鲜"))),
            Map.entry("P", new Sku("P", "120.00", List.of("酒水"))));

    private Catalogue() {
    }

    static CartLine line(int lineNo, String sku, long qty) {
        Sku s = SKUS.get(sku);
        return CartLine.of(lineNo, sku, s.categories().get(0), "", Money.cny(s.price()), qty)
                .withCategories(s.categories());
    }

    static Cart cart(Object... skuQty) {
        CartLine[] lines = new CartLine[skuQty.length / 2];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line(i + 1, (String) skuQty[2 * i], ((Number) skuQty[2 * i + 1]).longValue());
        }
        return Cart.of(lines);
    }

    static Money yuan(String s) {
        return Money.cny(s);
    }

    static long fen(String s) {
        return Money.cny(s).minor();
    }
}
