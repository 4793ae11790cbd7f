package io.xinling.application.promotion.quota;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.PricingContext;

import java.time.Duration;
import java.util.Optional;

/**
 * Price an order against the tenant's active schemes with what is left of their limits, and reserve what
 * it takes for {@code ttl}. With {@code expectedTotalDue} (what the customer was shown) a different live
 * price refuses the reservation instead of silently charging more. {@code pricedOrder} is the order as the caller
 * sent it (opaque text its adapter can read back), kept with the reservation for returns against it (spec 3.15).
 */
public record ReserveCommand(TenantId tenant, String orderRef, Optional<Long> member, Cart cart, PricingContext context,
                             Duration ttl, Optional<Money> expectedTotalDue, Optional<String> pricedOrder) {

    public ReserveCommand(TenantId tenant, String orderRef, Optional<Long> member, Cart cart, PricingContext context,
                          Duration ttl, Optional<Money> expectedTotalDue) {
        this(tenant, orderRef, member, cart, context, ttl, expectedTotalDue, Optional.empty());
    }
}
