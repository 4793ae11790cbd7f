package io.xinling.benchmarks.promotion;

import java.util.List;

/** {@code promo-cart-units}: the promo-cart cart with quantity 300 on every line (target: within 10 % of promo-cart). */
public final class PromoCartUnits extends PromoCart {

    @Override
    public String name() {
        return "promo-cart-units";
    }

    @Override
    public String description() {
        return "promotion engine: 20-line cart, quantity 300 per line, against 100 active schemes; JMH sample time";
    }

    @Override
    protected List<String> params() {
        return List.of("warmups=10", "lines=20", "qty=300", "schemes=100");
    }
}
