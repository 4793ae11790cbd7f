package io.xinling.benchmarks.promotion;

import java.util.List;

/** {@code promo-cart-1000}: the promo-cart cart against 1,000 active schemes (target: p99 at most 2× promo-cart). */
public final class PromoCartThousand extends PromoCart {

    @Override
    public String name() {
        return "promo-cart-1000";
    }

    @Override
    public String description() {
        return "promotion engine: 20-line cart against 1,000 active schemes; JMH sample time";
    }

    @Override
    protected List<String> params() {
        return List.of("warmups=10", "lines=20", "qty=1", "schemes=1000");
    }
}
