package io.xinling.domain.inventory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * The order of the stock ledger (spec 2.3): business date, time, then {@code seq}, fixed when the
 * document is first saved, then the leg within the document (out legs before in legs).
 */
public record OrderingKey(LocalDate date, LocalTime time, long seq, int leg) implements Comparable<OrderingKey> {

    private static final Comparator<OrderingKey> ORDER = Comparator.comparing(OrderingKey::date)
            .thenComparing(OrderingKey::time).thenComparingLong(OrderingKey::seq).thenComparingInt(OrderingKey::leg);

    public OrderingKey {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
    }

    @Override
    public int compareTo(OrderingKey other) {
        return ORDER.compare(this, other);
    }
}
