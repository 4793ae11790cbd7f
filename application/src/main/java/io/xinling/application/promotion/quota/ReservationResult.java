package io.xinling.application.promotion.quota;

import io.xinling.domain.promotion.PricingResult;

import java.util.Optional;

/**
 * A new reservation and the priced order it holds limits for; {@code ticketTime} is set when the client's ticket time
 * was off the server's clock and the order was priced at the server's time (spec 3.9).
 */
public record ReservationResult(Reservation reservation, PricingResult priced, Optional<TicketTime.Flag> ticketTime) {
}
