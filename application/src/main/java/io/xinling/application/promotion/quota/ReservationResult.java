package io.xinling.application.promotion.quota;

import io.xinling.domain.promotion.PricingResult;

/** A new reservation and the priced order it holds limits for. */
public record ReservationResult(Reservation reservation, PricingResult priced) {
}
