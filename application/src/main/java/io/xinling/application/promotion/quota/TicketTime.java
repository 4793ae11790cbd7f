package io.xinling.application.promotion.quota;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The ticket time of an order that takes limited resources (spec 3.9): the client's clock, a local date-time of the
 * store, accepted within {@code tolerance} of the server's clock read in the business's {@code zone}. A ticket dated
 * further off is flagged and the order is priced at the server's time instead: it would otherwise take coupons,
 * limits and budgets under a window the order was never placed in.
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

    /** The flag of {@code at} at {@code now}, or empty when it is within the tolerance. */
    public Optional<Flag> check(LocalDateTime at, Instant now) {
        LocalDateTime server = LocalDateTime.ofInstant(now, zone).withNano(0);
        Duration off = Duration.between(server, at).abs();
        if (off.compareTo(tolerance) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Flag(at, server, "the ticket time is " + off.toMinutes() + " minutes "
                + (at.isBefore(server) ? "behind" : "ahead of") + " the server's clock (" + server + " in " + zone
                + "); at most " + tolerance.toMinutes() + " minutes are accepted, so the order was priced at the server's time"));
    }

    /** A ticket time outside the tolerance: what the client gave, the server's time the order was priced at, and why. */
    public record Flag(LocalDateTime given, LocalDateTime pricedAt, String reason) {
    }
}
