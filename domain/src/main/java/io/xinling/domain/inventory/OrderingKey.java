package io.xinling.domain.inventory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The order of the stock ledger (spec 2.3): business date, time, then {@code seq}, fixed when the
 * document is first saved, then the leg within the document (out legs before in legs).
 */
public record OrderingKey(LocalDate date, LocalTime time, long seq, int leg) implements Comparable<OrderingKey> {

    public OrderingKey {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
    }

    @Override
    public int compareTo(OrderingKey other) {
        // by hand rather than a chain of Comparator.comparing: merging ledgers sorts every movement of them by it
        int c = date.compareTo(other.date);
        if (c == 0) {
            c = time.compareTo(other.time);
        }
        if (c == 0) {
            c = Long.compare(seq, other.seq);
        }
        return c != 0 ? c : Integer.compare(leg, other.leg);
    }
}
