package io.xinling.benchmarks;

import java.util.List;

/**
 * A benchmark that {@code benchmarks/run NAME} can run. Implementations are discovered with
 * {@link java.util.ServiceLoader}: add the class name, one per line, to
 * {@code src/main/resources/META-INF/services/io.xinling.benchmarks.NamedBenchmark}. An implementation
 * needs a public no-argument constructor.
 */
public interface NamedBenchmark {

    /** Lower-case words joined by hyphens, e.g. {@code promo-cart}; unique across the registry. */
    String name();

    /** One line for {@code benchmarks/run --list}. */
    String description();

    /**
     * Runs the benchmark and returns its figures. {@code args} are the command-line arguments after the
     * name; {@link Jmh} reads {@code forks=1 warmups=3 iterations=5 seconds=1 threads=1} and JMH
     * parameters as {@code NAME=VALUE}.
     */
    List<Figure> run(List<String> args) throws Exception;

    /** The whole number given as {@code name=N} among {@code args}, else {@code fallback}. */
    static int intArg(List<String> args, String name, int fallback) {
        return args.stream().filter(a -> a.startsWith(name + "=")).findFirst()
                .map(a -> Integer.parseInt(a.substring(name.length() + 1))).orElse(fallback);
    }
}
