package io.xinling.application.promotion.quota;

import io.vavr.control.Either;
import io.xinling.application.promotion.PreviewPromotionsUseCase;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionError;

import java.util.Optional;

/**
 * A preview against the tenant's active schemes priced with what is left of their limits and of their campaigns'
 * budgets, read as a reservation reads them ({@link ReservationService#usageLeft}, without locks), so that a preview
 * and then a reservation with nothing in between give the same prices (spec 3.17 (7)). The preview has no member id,
 * so per-customer limits count as for a reservation without one. Inline (draft) schemes are never reserved and are
 * priced without usage.
 */
public final class PreviewWithUsage implements PreviewPromotionsUseCase {

    private final PreviewPromotionsUseCase pricing;
    private final ReservationService reservations;

    public PreviewWithUsage(PreviewPromotionsUseCase pricing, ReservationService reservations) {
        this.pricing = pricing;
        this.reservations = reservations;
    }

    @Override
    public Either<PromotionError, PricingResult> preview(PreviewCommand c) {
        if (c.inlineSchemes().isPresent()) {
            return pricing.preview(c);
        }
        var usage = reservations.usageLeft(c.tenant(), Optional.empty(), c.context().ticketTime().toLocalDate());
        return pricing.preview(c.withContext(c.context().withUsage(usage)));
    }
}
