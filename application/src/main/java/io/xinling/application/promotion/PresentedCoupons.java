package io.xinling.application.promotion;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.NotApplied;
import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.Scheme;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The coupon codes a cart presents, looked up (spec 3.12): each issued coupon that may be used becomes the scheme of its
 * type ({@link io.xinling.domain.promotion.coupon.CouponRedemption}); each other code is refused with its reason.
 * Codes that a scheme asks for itself ({@code audience.couponCode}, a public 优惠码) are left to that scheme.
 */
public interface PresentedCoupons {

    /** Nothing looked up: every code is left to the schemes that ask for it (an engine without a coupon store). */
    PresentedCoupons NONE = (tenant, context, schemeCodes, member, orderRef) -> Resolved.NONE;

    /** The schemes of the usable coupons, the refused codes, and the codes as the coupons spell them. */
    record Resolved(List<Scheme> schemes, List<NotApplied> refused, Set<String> codes) {
        public static final Resolved NONE = new Resolved(List.of(), List.of(), Set.of());

        public Resolved {
            schemes = List.copyOf(schemes);
            refused = List.copyOf(refused);
            codes = Set.copyOf(codes);
        }

        public boolean isEmpty() {
            return schemes.isEmpty() && refused.isEmpty();
        }
    }

    /**
     * Resolves the codes of {@code context} for an order of {@code member} (if known); a coupon already locked by
     * {@code orderRef} counts as usable for that order.
     */
    Resolved resolve(TenantId tenant, PricingContext context, Set<String> schemeCodes, Optional<Long> member,
                     Optional<String> orderRef);
}
