package io.xinling.benchmarks;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Entry point of {@code benchmarks.jar}: {@code NAME [args]} runs one named benchmark and prints each
 * figure on its own line of standard output ({@code NAME.METRIC VALUE UNIT}); progress goes to standard
 * error. {@code --list} lists the registry.
 */
public final class Run {

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, NamedBenchmark> registry = registry();
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage(System.err, registry);
            System.exit(args.length == 0 ? 2 : 0);
        }
        if (args[0].equals("--list")) {
            registry.values().forEach(b -> System.out.printf("%-24s %s%n", b.name(), b.description()));
            return;
        }
        NamedBenchmark benchmark = registry.get(args[0]);
        if (benchmark == null) {
            System.err.println("unknown benchmark '" + args[0] + "'");
            usage(System.err, registry);
            System.exit(2);
        }
        System.err.println("# " + benchmark.name() + ": " + benchmark.description());
        List<Figure> figures = benchmark.run(List.copyOf(Arrays.asList(args).subList(1, args.length)));
        figures.forEach(f -> System.out.println(f.line(benchmark.name())));
    }

    /** Every {@link NamedBenchmark} on the class path by name; refuses duplicate or malformed names. */
    public static Map<String, NamedBenchmark> registry() {
        Map<String, NamedBenchmark> byName = new TreeMap<>();
        for (NamedBenchmark benchmark : ServiceLoader.load(NamedBenchmark.class)) {
            String name = benchmark.name();
            if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalStateException("benchmark name must be lower-case words joined by '-': " + name);
            }
            NamedBenchmark clash = byName.putIfAbsent(name, benchmark);
            if (clash != null) {
                throw new IllegalStateException("two benchmarks named " + name + ": "
                        + clash.getClass().getName() + " and " + benchmark.getClass().getName());
            }
        }
        return byName;
    }

    private static void usage(PrintStream out, Map<String, NamedBenchmark> registry) {
        out.println("usage: benchmarks/run NAME [args] | --list");
        out.println("benchmarks: " + String.join(", ", registry.keySet()));
    }
}
