package io.xinling.benchmarks.promotion;

import io.xinling.benchmarks.Figure;
import io.xinling.benchmarks.NamedBenchmark;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.domain.promotion.PromotionFixtures;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.engine.SchemeIndex;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code promo-cart-cpu}: the promo-cart call measured by the CPU time of its own thread rather than by the
 * clock, in rounds of 5,000 calls after a warm-up, with the minimum and the median round. On a shared machine
 * the clock counts other processes and the host's slow phases; the minimum round is the figure to compare
 * two builds by (run them alternately). {@code qty=300} prices the promo-cart-units cart,
 * {@code schemes=1000} the promo-cart-1000 scheme set.
 */
public final class PromoCartCpu implements NamedBenchmark {

    private static final int ROUNDS = 12;
    private static final int CALLS = 5_000;

    @Override
    public String name() {
        return "promo-cart-cpu";
    }

    @Override
    public String description() {
        return "promotion engine: thread CPU time per promo-cart call, min and median of 12 rounds of 5,000 calls "
                + "after warmup=20 s; qty=300 / schemes=1000 for the other carts; compares builds on a noisy machine";
    }

    @Override
    public List<Figure> run(List<String> args) {
        int qty = NamedBenchmark.intArg(args, "qty", 1);
        int schemes = NamedBenchmark.intArg(args, "schemes", 100);
        int warmup = NamedBenchmark.intArg(args, "warmup", 20);
        Cart cart = PromotionFixtures.cart(20, qty);
        PricingContext context = PromotionFixtures.context();
        SchemeIndex index = PromotionEngine.index(PromotionFixtures.schemes(schemes));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
        long consumed = 0;
        while (System.nanoTime() < end) {
            consumed += price(cart, context, index).lines().size();
        }
        double[] micros = new double[ROUNDS];
        long bytes = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < CALLS; i++) {
                consumed += price(cart, context, index).lines().size();
            }
            micros[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / CALLS;
            bytes = (threads.getCurrentThreadAllocatedBytes() - allocated) / CALLS;
        }
        if (consumed == 0) {
            throw new IllegalStateException("the cart priced no lines");
        }
        Arrays.sort(micros);
        return List.of(Figure.time("min", micros[0], TimeUnit.MICROSECONDS),
                Figure.time("median", micros[ROUNDS / 2], TimeUnit.MICROSECONDS),
                new Figure("alloc", bytes, "B/op"));
    }

    private static PricingResult price(Cart cart, PricingContext context, SchemeIndex index) {
        return PromotionEngine.price(cart, context, index, PromotionPolicy.DEFAULT);
    }
}
