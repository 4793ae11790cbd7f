package io.xinling.benchmarks.inventory;

import io.xinling.domain.inventory.costing.RecostReport;
import io.xinling.domain.inventory.costing.RecostWorkload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH state for {@code recost-memory}: a presorted, costed tape of {@code movements} receipts and issues
 * over {@code skus} costing keys with a receipt backdated to the very start, re-costed in memory by the
 * ledger's path (the affected keys from the backdated point on) and by a full replay of every movement.
 */
@State(Scope.Benchmark)
public class RecostMemoryBenchmark {

    @Param("1000000")
    public int movements;

    @Param("10000")
    public int skus;

    private RecostWorkload workload;

    @Setup
    public void setUp() {
        workload = RecostWorkload.build(42, movements, skus);
    }

    @Benchmark
    public RecostReport recost() {
        return workload.recost();
    }

    @Benchmark
    public RecostReport replayAll() {
        return workload.replayAll();
    }
}
