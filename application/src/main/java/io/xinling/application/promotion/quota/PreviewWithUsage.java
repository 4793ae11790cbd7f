package io.xinling.application.promotion.quota;

import io.vavr.control.Either;
import io.xinling.application.promotion.PreviewPromotionsUseCase;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionError;


/**
 * A preview against the tenant's active schemes priced with what is left of their limits and of their campaigns'
 * budgets, read as a reservation reads them ({@link ReservationService#usageLeft}, without locks or writes), so that a preview
 * and then a reservation with nothing in between give the same prices (spec 3.17 (7)). Per-customer limits count for
 * the preview's member id when it has one, as for a reservation of that member, and not at all without one. Inline
 * (draft) schemes are never reserved and are priced without usage.
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
        var usage = reservations.usageLeft(c.tenant(), c.member(), c.context().ticketTime().toLocalDate());
        return pricing.preview(c.withContext(c.context().withUsage(usage)));
    }
}
