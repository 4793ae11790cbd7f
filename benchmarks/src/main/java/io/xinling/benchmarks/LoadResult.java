package io.xinling.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What a {@link LoadDriver} measured: every call's latency, sorted, and the wall time of the run. */
public final class LoadResult {

    private final long[] sortedNanos;
    private final Duration elapsed;
    private final long failures;
    private final Exception firstFailure;
    private final CpuMeter.Reading cpu;

    private LoadResult(long[] sortedNanos, Duration elapsed, long failures, Exception firstFailure, CpuMeter.Reading cpu) {
        this.cpu = cpu;
        this.sortedNanos = sortedNanos;
        this.elapsed = elapsed;
        this.failures = failures;
        this.firstFailure = firstFailure;
    }

    static LoadResult of(List<LoadDriver.Recording> recordings, Duration elapsed, CpuMeter.Reading cpu) {
        int total = recordings.stream().mapToInt(r -> r.size).sum();
        long[] all = new long[total];
        int at = 0;
        long failures = 0;
        Exception first = null;
        for (LoadDriver.Recording r : recordings) {
            System.arraycopy(r.nanos, 0, all, at, r.size);
            at += r.size;
            failures += r.failures;
            first = first == null ? r.firstFailure : first;
        }
        Arrays.sort(all);
        return new LoadResult(all, elapsed, failures, first, cpu);
    }

    public long calls() {
        return sortedNanos.length;
    }

    public long failures() {
        return failures;
    }

    public Duration elapsed() {
        return elapsed;
    }

    /** Calls per second of wall time. */
    public double throughput() {
        return calls() / (elapsed.toNanos() / 1e9);
    }

    /** The nearest-rank percentile ({@code 99.0} for p99) in nanoseconds. */
    public long percentileNanos(double percentile) {
        if (sortedNanos.length == 0) {
            throw new IllegalStateException("no calls were measured");
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))];
    }

    /**
     * {@code throughput} in {@code what}/s, then {@code p50}, {@code p99} and {@code max} in
     * microseconds. Refuses to report a run in which any call failed.
     */
    public List<Figure> figures(String what) {
        if (failures > 0) {
            throw new IllegalStateException(failures + " of " + calls() + " calls failed; the first:", firstFailure);
        }
        return List.of(
                Figure.rate("throughput", throughput(), what),
                micros("p50", percentileNanos(50.0)),
                micros("p99", percentileNanos(99.0)),
                micros("max", sortedNanos[sortedNanos.length - 1]));
    }

    /**
     * CPU per call in milliseconds: {@code cpu-jvm} of this JVM (the service and the load clients), and
     * {@code cpu-db} of the metered PostgreSQL server when there is one.
     */
    public List<Figure> cpuFigures() {
        List<Figure> out = new java.util.ArrayList<>();
        out.add(Figure.time("cpu-jvm", cpu.jvm() / 1e6 / Math.max(1, calls()), TimeUnit.MILLISECONDS));
        if (cpu.db() >= 0) {
            out.add(Figure.time("cpu-db", cpu.db() / 1e6 / Math.max(1, calls()), TimeUnit.MILLISECONDS));
        }
        return out;
    }

    private static Figure micros(String metric, long nanos) {
        return Figure.time(metric, nanos / 1_000.0, TimeUnit.MICROSECONDS);
    }
}
