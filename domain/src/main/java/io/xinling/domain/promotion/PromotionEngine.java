package io.xinling.domain.promotion;

import io.xinling.domain.promotion.engine.Pricer;
import io.xinling.domain.promotion.engine.SchemeIndex;

import java.util.List;

/**
 * The pure promotion engine (spec 3): prices a cart against a set of schemes in the fixed stage order,
 * allocates every benefit to lines in minor units, and explains itself. No I/O, no clock: time and
 * everything else about the sale come in the {@link PricingContext}.
 */
public final class PromotionEngine {

    private PromotionEngine() {
    }

    /** Prices a cart; builds the scheme index on each call (use {@link #index} to reuse it). */
    public static PricingResult price(Cart cart, PricingContext ctx, List<Scheme> schemes, PromotionPolicy policy) {
        return Pricer.price(cart, ctx, new SchemeIndex(schemes), policy);
    }

    /** Prices a cart against a prebuilt index of active schemes. */
    public static PricingResult price(Cart cart, PricingContext ctx, SchemeIndex schemes, PromotionPolicy policy) {
        return Pricer.price(cart, ctx, schemes, policy);
    }

    /**
     * Compiles schemes once for many carts: id order, rule flags, and an index by SKU, category and brand
     * from which a cart's covered lines come as bitsets. Immutable and thread-safe; keep one per scheme
     * set (per tenant and version) rather than passing the list on every call.
     */
    public static SchemeIndex index(List<Scheme> schemes) {
        return new SchemeIndex(schemes);
    }
}
