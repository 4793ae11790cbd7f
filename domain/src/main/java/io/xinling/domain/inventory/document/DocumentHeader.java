package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.OrderingKey;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What every inventory document carries: its id, the sequence number fixed when it was first saved
 * (it breaks ties between documents of the same date and time), and its business date and time,
 * which may lie in the past as long as the period is open.
 */
public record DocumentHeader(DocumentId id, long seq, LocalDate date, LocalTime time) {

    public DocumentHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        if (seq < 0) {
            throw new IllegalArgumentException("seq is not negative");
        }
    }

    public static DocumentHeader of(long id, long seq, LocalDate date) {
        return new DocumentHeader(new DocumentId(id), seq, date, LocalTime.MIDNIGHT);
    }

    public OrderingKey ordering(int leg) {
        return new OrderingKey(date, time, seq, leg);
    }
}
