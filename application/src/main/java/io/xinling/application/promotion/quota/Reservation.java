package io.xinling.application.promotion.quota;

import io.xinling.domain.kernel.Money;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an unpaid order holds of the schemes' limits until it is paid (confirmed), cancelled (released)
 * or its time-to-live runs out (expired): the counters and amounts it took, and the scheme versions
 * the order was priced with.
 */
public record Reservation(long id, String orderRef, Optional<Long> member, Status status, Money totalDue,
                          Instant expiresAt, Instant createdAt, Instant updatedAt, Map<CounterKey, Long> held,
                          List<UsedScheme> schemes) {

    /** {@code HELD → CONFIRMED | RELEASED | EXPIRED}; {@code CONFIRMED → RELEASED} when a paid order is cancelled. */
    public enum Status { HELD, CONFIRMED, RELEASED, EXPIRED }

    /** A scheme version the order used and the benefit it gave. */
    public record UsedScheme(String schemeId, int version, Money benefit) {
    }

    public Reservation {
        held = new TreeMap<>(held);
        schemes = List.copyOf(schemes);
    }

    public Reservation withStatus(Status next, Instant at) {
        return new Reservation(id, orderRef, member, next, totalDue, expiresAt, createdAt, at, held, schemes);
    }

    public boolean isDue(Instant now) {
        return status == Status.HELD && !now.isBefore(expiresAt);
    }
}
