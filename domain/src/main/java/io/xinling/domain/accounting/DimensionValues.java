package io.xinling.domain.accounting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The dimension values of one voucher line ({@code customer=C001}). {@link #key()} is the canonical
 * text used to group balances: dimensions in enum order, {@code ""} when there are none.
 */
public record DimensionValues(SortedMap<Dimension, String> values) {

    public static final DimensionValues NONE = new DimensionValues(new TreeMap<>());

    public DimensionValues {
        TreeMap<Dimension, String> copy = new TreeMap<>();
        values.forEach((dimension, value) -> {
            if (value == null || value.isBlank() || value.contains(";") || value.contains("=")) {
                throw new IllegalArgumentException("bad value for " + dimension + ": " + value);
            }
            copy.put(dimension, value.strip());
        });
        values = Collections.unmodifiableSortedMap(copy);
    }

    public static DimensionValues of(Map<Dimension, String> values) {
        return values.isEmpty() ? NONE : new DimensionValues(new TreeMap<>(new EnumMap<>(values)));
    }

    public static DimensionValues of(Dimension dimension, String value) {
        return of(Map.of(dimension, value));
    }

    public boolean has(Dimension dimension) {
        return values.containsKey(dimension);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** True when every value of {@code filter} is also here. */
    public boolean matches(DimensionValues filter) {
        return filter.values.entrySet().stream().allMatch(e -> e.getValue().equals(values.get(e.getKey())));
    }

    public String key() {
        StringJoiner joiner = new StringJoiner(";");
        values.forEach((dimension, value) -> joiner.add(dimension.wireName() + "=" + value));
        return joiner.toString();
    }

    public static DimensionValues fromKey(String key) {
        if (key.isEmpty()) {
            return NONE;
        }
        Map<Dimension, String> map = new EnumMap<>(Dimension.class);
        for (String part : key.split(";")) {
            int eq = part.indexOf('=');
            map.put(Dimension.fromWireName(part.substring(0, eq)).orElseThrow(), part.substring(eq + 1));
        }
        return of(map);
    }
}
