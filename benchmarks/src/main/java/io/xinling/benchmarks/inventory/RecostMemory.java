package io.xinling.benchmarks.inventory;

import io.xinling.benchmarks.Figure;
import io.xinling.benchmarks.Jmh;
import io.xinling.benchmarks.NamedBenchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code recost-memory}: 1,000,000 movements over 10,000 SKUs after a receipt backdated to the start.
 * {@code time} is what posting the backdated receipt costs (the affected-key re-cost the ledger runs);
 * {@code replay} re-costs all 1,000,000 movements from empty state.
 */
public final class RecostMemory implements NamedBenchmark {

    @Override
    public String name() {
        return "recost-memory";
    }

    @Override
    public String description() {
        return "in-memory re-cost of 1,000,000 movements / 10,000 SKUs after a backdated receipt: affected keys (time) and full replay (replay)";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        List<Figure> figures = new ArrayList<>();
        for (RunResult result : Jmh.run(RecostMemoryBenchmark.class, Mode.AverageTime, TimeUnit.MILLISECONDS, args)) {
            String method = result.getParams().getBenchmark();
            String metric = method.endsWith("replayAll") ? "replay" : "time";
            figures.add(Figure.time(metric, result.getPrimaryResult().getScore(), TimeUnit.MILLISECONDS));
        }
        return figures;
    }
}
