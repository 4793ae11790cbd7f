package io.xinling.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * One measured figure of a benchmark, printed as {@code NAME.METRIC VALUE UNIT}, for example
 * {@code money-allocate.p99 3.41 us}. The unit is a time unit (ns, us, ms, s) or a rate (docs/s).
 */
public record Figure(String metric, double value, String unit) {

    public Figure {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        if (!metric.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException("metric must be lower-case words: " + metric);
        }
        if (unit.isBlank() || unit.contains(" ")) {
            throw new IllegalArgumentException("unit must be one word such as us or docs/s: " + unit);
        }
    }

    public static Figure time(String metric, double value, TimeUnit unit) {
        return new Figure(metric, value, symbol(unit));
    }

    public static Figure rate(String metric, double perSecond, String what) {
        return new Figure(metric, perSecond, what + "/s");
    }

    /** The line {@code benchmarks/run} prints for a benchmark called {@code name}. */
    public String line(String name) {
        return name + "." + metric + " " + formatted() + " " + unit;
    }

    /** Four significant digits, plain notation: 14.23, 1234, 0.01234. */
    String formatted() {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    public static String symbol(TimeUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> "ns";
            case MICROSECONDS -> "us";
            case MILLISECONDS -> "ms";
            case SECONDS -> "s";
            default -> throw new IllegalArgumentException("report times in ns, us, ms or s, not " + unit);
        };
    }
}
