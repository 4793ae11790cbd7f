package io.xinling.benchmarks;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the {@code @Benchmark} methods of one JMH class programmatically, with defaults that fit a
 * shared 2-core machine: 1 fork, 3 warm-up and 5 measurement iterations of 1 s, 1 thread. Arguments
 * override them ({@code forks=2 warmups=5 iterations=10 seconds=2 threads=2}); {@code prof=gc} adds JMH's
 * allocation profiler, whose bytes allocated per operation come out as the figure {@code alloc}; any other
 * {@code NAME=VALUE} sets the JMH {@code @Param} NAME (comma-separated values allowed). JMH's progress
 * goes to standard error so that standard output carries only the figures.
 */
public final class Jmh {

    private Jmh() {
    }

    /**
     * Latency by {@link Mode#SampleTime}: figures {@code p50}, {@code p99} and {@code time} (the mean),
     * in {@code unit}. With several benchmark methods or parameter values, each figure is prefixed with
     * the method name and parameters ({@code allocate.p99}).
     */
    public static List<Figure> latency(Class<?> benchmarkClass, TimeUnit unit, List<String> args) throws Exception {
        Collection<RunResult> results = run(benchmarkClass, Mode.SampleTime, unit, args);
        List<Figure> figures = new ArrayList<>();
        for (RunResult result : results) {
            String prefix = results.size() == 1 ? "" : label(result) + ".";
            Statistics stats = result.getPrimaryResult().getStatistics();
            figures.add(Figure.time(prefix + "p50", stats.getPercentile(50.0), unit));
            figures.add(Figure.time(prefix + "p99", stats.getPercentile(99.0), unit));
            figures.add(Figure.time(prefix + "time", stats.getMean(), unit));
            result.getSecondaryResults().forEach((label, secondary) -> {
                if (label.endsWith("gc.alloc.rate.norm")) {
                    figures.add(new Figure(prefix + "alloc", secondary.getScore(), "B/op"));
                }
            });
        }
        return figures;
    }

    /** Throughput by {@link Mode#Throughput}: figure {@code throughput} in {@code what}/s (ops/s, docs/s). */
    public static List<Figure> throughput(Class<?> benchmarkClass, String what, List<String> args) throws Exception {
        Collection<RunResult> results = run(benchmarkClass, Mode.Throughput, TimeUnit.SECONDS, args);
        List<Figure> figures = new ArrayList<>();
        for (RunResult result : results) {
            String prefix = results.size() == 1 ? "" : label(result) + ".";
            figures.add(Figure.rate(prefix + "throughput", result.getPrimaryResult().getScore(), what));
        }
        return figures;
    }

    /** Runs every {@code @Benchmark} method of the class in the given mode; the raw JMH results. */
    public static Collection<RunResult> run(Class<?> benchmarkClass, Mode mode, TimeUnit unit, List<String> args)
            throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmarkClass.getName()) + "\\.\\w+$")
                .mode(mode)
                .timeUnit(unit)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .threads(1)
                .shouldFailOnError(true);
        for (String arg : args) {
            apply(options, arg);
        }
        Runner runner = new Runner(options.build(), OutputFormatFactory.createFormatInstance(System.err, VerboseMode.NORMAL));
        Collection<RunResult> results = runner.run();
        if (results.isEmpty()) {
            throw new IllegalStateException("JMH found no @Benchmark method in " + benchmarkClass.getName()
                    + " (is the class public, and was the module compiled with the JMH annotation processor?)");
        }
        return results;
    }

    private static void apply(ChainedOptionsBuilder options, String arg) {
        int eq = arg.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected NAME=VALUE, got '" + arg + "'");
        }
        String key = arg.substring(0, eq);
        String value = arg.substring(eq + 1);
        switch (key) {
            case "forks" -> options.forks(Integer.parseInt(value));
            case "warmups" -> options.warmupIterations(Integer.parseInt(value));
            case "iterations" -> options.measurementIterations(Integer.parseInt(value));
            case "seconds" -> options.warmupTime(TimeValue.seconds(Long.parseLong(value)))
                    .measurementTime(TimeValue.seconds(Long.parseLong(value)));
            case "threads" -> options.threads(Integer.parseInt(value));
            case "prof" -> options.addProfiler(value);
            default -> options.param(key, value.split(","));
        }
    }

    /** The method name, then the parameters: {@code allocate.weights-20}. */
    private static String label(RunResult result) {
        var params = result.getParams();
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        StringBuilder label = new StringBuilder(method.toLowerCase());
        for (String key : params.getParamsKeys()) {
            label.append('.').append(key.toLowerCase()).append('-').append(params.getParam(key).toLowerCase());
        }
        return label.toString().replaceAll("[^a-z0-9_.-]", "_");
    }
}
