package io.xinling.benchmarks.money;

import io.xinling.domain.kernel.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** JMH state and method for {@link MoneyAllocate}: an order discount split over 20 line amounts. */
@State(Scope.Benchmark)
public class MoneyAllocateBenchmark {

    private Money amount;
    private List<BigDecimal> weights;

    @Setup
    public void setUp() {
        amount = Money.cny("12345.67");
        weights = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            weights.add(BigDecimal.valueOf(1_000 + (i * 7_919L) % 50_000, 2));
        }
    }

    @Benchmark
    public List<Money> allocate() {
        return amount.allocate(weights);
    }
}
