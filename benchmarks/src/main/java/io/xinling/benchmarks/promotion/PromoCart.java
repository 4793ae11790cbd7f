package io.xinling.benchmarks.promotion;

import io.xinling.benchmarks.Figure;
import io.xinling.benchmarks.Jmh;
import io.xinling.benchmarks.NamedBenchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code promo-cart}: a 20-line cart against 100 active schemes of mixed types. */
public class PromoCart implements NamedBenchmark {

    @Override
    public String name() {
        return "promo-cart";
    }

    @Override
    public String description() {
        return "promotion engine: 20-line cart, quantity 1, against 100 active schemes of all 42 types; JMH sample time";
    }

    /**
     * The JMH parameters that make this variant. The engine is a lot of code for the JIT: ten warm-up
     * seconds, not three, before anything is measured (with three, the first measured seconds still ran
     * partly interpreted and p50 read 50 times too high).
     */
    protected List<String> params() {
        return List.of("warmups=10", "lines=20", "qty=1", "schemes=100");
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        List<String> all = new ArrayList<>(params());
        all.addAll(args);
        return Jmh.latency(PromoCartBenchmark.class, TimeUnit.MICROSECONDS, all);
    }
}
