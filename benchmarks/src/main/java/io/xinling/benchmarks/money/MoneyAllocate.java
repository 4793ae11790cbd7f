package io.xinling.benchmarks.money;

import io.xinling.benchmarks.Figure;
import io.xinling.benchmarks.Jmh;
import io.xinling.benchmarks.NamedBenchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code money-allocate}: latency of {@code Money.allocate} over 20 decimal weights. */
public final class MoneyAllocate implements NamedBenchmark {

    @Override
    public String name() {
        return "money-allocate";
    }

    @Override
    public String description() {
        return "Money.allocate of 12345.67 CNY over 20 decimal weights (largest remainder), JMH sample time";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        return Jmh.latency(MoneyAllocateBenchmark.class, TimeUnit.MICROSECONDS, args);
    }
}
