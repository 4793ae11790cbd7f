package io.xinling.domain.promotion.returns;

import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.Scheme;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A return against a frozen order: the original cart, context, scheme versions and policy it was priced
 * with, the frozen result, the units returned now per line number, the gift lines handed back now, and
 * what earlier returns already took per line number.
 */
public record ReturnRequest(Cart cart, PricingContext context, List<Scheme> schemes, PromotionPolicy policy,
                            PricingResult frozen, Map<Integer, Quantity> returning, Set<Integer> giftsReturned,
                            Map<Integer, PriorReturn> prior) {

    public ReturnRequest {
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(context, "context");
        schemes = List.copyOf(schemes);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(frozen, "frozen");
        returning = Map.copyOf(returning);
        giftsReturned = Set.copyOf(giftsReturned);
        prior = Map.copyOf(prior);
    }
}
