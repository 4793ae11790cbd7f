package io.xinling.benchmarks.promotion;

import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.domain.promotion.PromotionFixtures;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.engine.SchemeIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH state for the promo-cart family: a cart of {@code lines} lines of {@code qty} units priced against
 * {@code schemes} active schemes cycling through all 42 rule types, with the scheme index built once
 * (as a node keeps it for its active schemes).
 */
@State(Scope.Benchmark)
public class PromoCartBenchmark {

    @Param("20")
    public int lines;

    @Param("1")
    public long qty;

    @Param("100")
    public int schemes;

    private Cart cart;
    private PricingContext context;
    private SchemeIndex index;

    @Setup
    public void setUp() {
        cart = PromotionFixtures.cart(lines, qty);
        context = PromotionFixtures.context();
        index = PromotionEngine.index(PromotionFixtures.schemes(schemes));
    }

    @Benchmark
    public PricingResult price() {
        return PromotionEngine.price(cart, context, index, PromotionPolicy.DEFAULT);
    }
}
