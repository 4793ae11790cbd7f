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
 * {@code ledger-post-tail}: the domain-level time to post one single-line sale at the tail of a one-SKU
 * ledger of 1,000 movements ({@code 1k}) and of 100,000 ({@code 100k}), in µs per post.
 */
public final class LedgerPostTail implements NamedBenchmark {

    @Override
    public String name() {
        return "ledger-post-tail";
    }

    @Override
    public String description() {
        return "in-memory post of a one-line sale at the tail of a one-SKU ledger of 1,000 (1k) and 100,000 (100k) movements";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        List<Figure> figures = new ArrayList<>();
        for (RunResult result : Jmh.run(LedgerPostTailBenchmark.class, Mode.AverageTime, TimeUnit.MICROSECONDS, args)) {
            int n = Integer.parseInt(result.getParams().getParam("movements"));
            String metric = n % 1000 == 0 ? (n / 1000) + "k" : Integer.toString(n);
            figures.add(Figure.time(metric, result.getPrimaryResult().getScore(), TimeUnit.MICROSECONDS));
        }
        return figures;
    }
}
