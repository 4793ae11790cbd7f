package io.xinling.domain.promotion.scheme;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.promotion.rule.Tier;
import io.xinling.domain.promotion.rule.Tiers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed reads from a JSON-like map (strings, numbers as strings or {@code BigDecimal}/{@code Long},
 * lists, maps). Every read names its field path; a bad value throws {@link Invalid}, which the factory
 * turns into a {@code promotion.invalid-scheme} error naming the field.
 */
public final class Params {

    /** A malformed field; never escapes {@link SchemeFactory}. */
    static final class Invalid extends RuntimeException {
        final String field;

        Invalid(String field, String problem) {
            super(problem, null, false, false);
            this.field = field;
        }
    }

    private final String path;
    private final Map<String, Object> map;

    Params(String path, Map<String, Object> map) {
        this.path = path;
        this.map = map == null ? Map.of() : map;
    }

    String path() {
        return path;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    Invalid invalid(String key, String problem) {
        return new Invalid(field(key), problem);
    }

    Object raw(String key) {
        Object v = map.get(key);
        if (v == null) {
            throw invalid(key, "is required");
        }
        return v;
    }

    String string(String key) {
        return String.valueOf(raw(key)).trim();
    }

    String string(String key, String otherwise) {
        return has(key) ? string(key) : otherwise;
    }

    BigDecimal decimal(String key) {
        Object v = raw(key);
        try {
            return v instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw invalid(key, "'" + v + "' is not a number");
        }
    }

    /** A non-negative amount in minor units, refusing more decimals than the currency has. */
    long money(String key) {
        Money m = Money.ofDecimal(field(key), decimal(key), Money.CNY).getOrElseThrow(e -> invalid(key, e.message()));
        if (m.isNegative()) {
            throw invalid(key, "must not be negative");
        }
        return m.minor();
    }

    long money(String key, long otherwise) {
        return has(key) ? money(key) : otherwise;
    }

    /** A pay rate given as a percent to pay ("85" = 85折), 0–100, in basis points. */
    long payRate(String key) {
        BigDecimal pct = decimal(key);
        if (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw invalid(key, "percent must be between 0 and 100");
        }
        try {
            return Percentage.ofPercent(pct.toPlainString()).basisPoints();
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw invalid(key, "finer than one basis point");
        }
    }

    long count(String key) {
        return count(key, 0L, Long.MAX_VALUE);
    }

    long count(String key, long otherwise) {
        return has(key) ? count(key) : otherwise;
    }

    /** A whole number from {@code min} to {@code max}. */
    long count(String key, long min, long max) {
        BigDecimal d = decimal(key);
        if (d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(min)) < 0
                || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw invalid(key, max == Long.MAX_VALUE ? "must be a whole number ≥ " + min
                    : "must be a whole number from " + min + " to " + max);
        }
        return d.longValueExact();
    }

    /** A whole number of at least {@code min} (n of 买N送M, 第N件…). */
    long atLeast(String key, long min) {
        return count(key, min, Long.MAX_VALUE);
    }

    /** A whole number from {@code min} that fits an int, or {@code otherwise} when absent. */
    int smallCount(String key, int min, int otherwise) {
        return has(key) ? (int) count(key, min, Integer.MAX_VALUE) : otherwise;
    }

    /** {@code true} or {@code false}, as a JSON boolean or that word; anything else is refused. */
    boolean flag(String key, boolean otherwise) {
        if (!has(key)) {
            return otherwise;
        }
        Object v = map.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(v).trim();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw invalid(key, "must be true or false");
    }

    /** Refuses every key but {@code keys}: a typo must not be ignored silently. */
    Params only(Set<String> keys) {
        for (String key : map.keySet()) {
            if (!keys.contains(key)) {
                throw invalid(key, "unknown field; expected one of " + new TreeSet<>(keys));
            }
        }
        return this;
    }

    /** The elements of a list as text, each with its own field path ({@code key[i]}). */
    List<String> list(String key) {
        if (!has(key)) {
            return List.of();
        }
        if (!(map.get(key) instanceof List<?> c)) {
            throw invalid(key, "must be a list");
        }
        List<String> out = new ArrayList<>();
        c.forEach(o -> out.add(String.valueOf(o).trim()));
        return out;
    }

    Set<String> strings(String key) {
        if (!has(key)) {
            return Set.of();
        }
        if (!(map.get(key) instanceof Collection<?> c)) {
            throw invalid(key, "must be a list");
        }
        Set<String> out = new TreeSet<>();
        int i = 0;
        for (Object o : c) {
            if (o == null || o instanceof Map || o instanceof Collection) {
                throw invalid(key + "[" + i + "]", "must be a string");
            }
            out.add(String.valueOf(o));
            i++;
        }
        return out;
    }

    Params object(String key) {
        if (!has(key)) {
            return new Params(field(key), Map.of());
        }
        if (!(map.get(key) instanceof Map<?, ?> m)) {
            throw invalid(key, "must be an object");
        }
        @SuppressWarnings("unchecked") Map<String, Object> typed = (Map<String, Object>) m;
        return new Params(field(key), typed);
    }

    List<Params> objects(String key) {
        if (!(raw(key) instanceof List<?> list) || list.isEmpty()) {
            throw invalid(key, "must be a non-empty list");
        }
        List<Params> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw invalid(key + "[" + i + "]", "must be an object");
            }
            @SuppressWarnings("unchecked") Map<String, Object> typed = (Map<String, Object>) m;
            out.add(new Params(field(key) + "[" + i + "]", typed));
        }
        return out;
    }

    Map<String, Object> map() {
        return map;
    }

    /** A positive amount in minor units: a benefit of nothing is refused, not kept as a scheme that never gives. */
    long positiveMoney(String key) {
        long m = money(key);
        if (m == 0) {
            throw invalid(key, "must be more than 0 (a benefit of nothing)");
        }
        return m;
    }

    /** A pay rate that discounts: below 100 percent ("100" would pay the full price, a benefit of nothing). */
    long discountRate(String key) {
        long bp = payRate(key);
        if (bp >= 10_000) {
            throw invalid(key, "must be below 100 (paying 100 percent is no discount)");
        }
        return bp;
    }

    /** Which way a tier's benefit grows: a larger amount or gift count, or a lower price or pay rate. */
    enum Better { MORE, LESS }

    /**
     * Tiers from {@code [{thresholdKey: ..., valueKey: ...}]} (spec 2.18, 3.5): thresholds must strictly increase, and
     * since the highest tier reached applies, each tier must give strictly more than the one below it (a tier that gives
     * the same or less would never be worth reaching). Each refusal names the tier's field.
     */
    Tiers tiers(String key, String thresholdKey, ValueReader threshold, String valueKey, ValueReader value, Better better) {
        List<Tier> tiers = new ArrayList<>();
        for (Params p : objects(key)) {
            Tier t = new Tier(threshold.read(p), value.read(p));
            if (!tiers.isEmpty()) {
                Tier below = tiers.get(tiers.size() - 1);
                String previous = key + "[" + (tiers.size() - 1) + "]";
                if (t.threshold() <= below.threshold()) {
                    throw p.invalid(thresholdKey, "tiers must strictly increase: not above the " + thresholdKey + " of "
                            + previous);
                }
                if (better == Better.MORE ? t.value() <= below.value() : t.value() >= below.value()) {
                    throw p.invalid(valueKey, "a higher tier must give more than the one below: "
                            + (better == Better.MORE ? "not above" : "not below") + " the " + valueKey + " of " + previous);
                }
            }
            tiers.add(t);
        }
        return new Tiers(tiers);
    }

    /** Reads one value of a tier. */
    interface ValueReader {
        long read(Params p);
    }
}
