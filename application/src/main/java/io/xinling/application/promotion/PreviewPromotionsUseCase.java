package io.xinling.application.promotion;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionError;
import io.xinling.domain.promotion.PromotionPolicy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices a cart without side effects (spec 3.13): against schemes given inline (so a merchant can try a
 * draft) or, when none are given, the tenant's active schemes, with the coupons its codes name. Nothing is
 * reserved, counted or locked.
 */
public interface PreviewPromotionsUseCase {

    /** An inline scheme: its rule type and its JSON-like definition (id, params, scope, window…). */
    record InlineScheme(String type, Map<String, Object> definition) {
    }

    /**
     * A cart to price. {@code member} is the customer's id when known (per-customer limits, coupons issued to a
     * member); {@code orderRef} the order being priced again, whose own coupon locks do not refuse its codes.
     */
    record PreviewCommand(TenantId tenant, Cart cart, PricingContext context,
                          Optional<List<InlineScheme>> inlineSchemes, Optional<PromotionPolicy> policy,
                          Optional<Long> member, Optional<String> orderRef) {

        public PreviewCommand(TenantId tenant, Cart cart, PricingContext context,
                              Optional<List<InlineScheme>> inlineSchemes, Optional<PromotionPolicy> policy) {
            this(tenant, cart, context, inlineSchemes, policy, Optional.empty(), Optional.empty());
        }

        public PreviewCommand withContext(PricingContext newContext) {
            return new PreviewCommand(tenant, cart, newContext, inlineSchemes, policy, member, orderRef);
        }
    }

    Either<PromotionError, PricingResult> preview(PreviewCommand command);
}
