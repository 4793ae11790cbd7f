package io.xinling.application.promotion.quota;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The ticket time of an order that takes limited resources (spec 3.9): the client's clock, a local date-time of the
 * store, accepted only within {@code tolerance} of the server's clock read in the business's {@code zone}. A ticket
 * dated further off would take coupons, limits and budgets under a window the order was never placed in.
 */
public record TicketTime(ZoneId zone, Duration tolerance) {

    /** How far a client's clock may be from the server's. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    public TicketTime {
        Objects.requireNonNull(zone, "zone");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("a tolerance is not negative");
        }
    }

    /** Why {@code at} is refused at {@code now}, or empty when it is within the tolerance. */
    public Optional<String> refusal(LocalDateTime at, Instant now) {
        LocalDateTime server = LocalDateTime.ofInstant(now, zone);
        Duration off = Duration.between(server, at).abs();
        if (off.compareTo(tolerance) <= 0) {
            return Optional.empty();
        }
        return Optional.of("the ticket time is " + off.toMinutes() + " minutes " + (at.isBefore(server) ? "behind" : "ahead of")
                + " the server's clock (" + server.withNano(0) + " in " + zone + "); at most " + tolerance.toMinutes()
                + " minutes are accepted");
    }
}
