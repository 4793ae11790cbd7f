package io.xinling.domain.promotion;

import io.xinling.domain.promotion.engine.Pricer;
import io.xinling.domain.promotion.engine.SchemeIndex;

import java.util.Currency;
import java.util.List;

/**
 * The pure promotion engine (spec 3): prices a cart against a set of schemes in the fixed stage order,
 * allocates every benefit to lines in minor units, and explains itself. No I/O, no clock: time and
 * everything else about the sale come in the {@link PricingContext}.
 */
public final class PromotionEngine {

    /**
     * The decimals of every amount in a scheme (prices, thresholds, amounts off, budgets, 积分 per 1.00): schemes
     * carry no currency of their own and are read in minor units of a two-decimal currency (fen for CNY).
     */
    public static final int SCHEME_AMOUNT_DECIMALS = 2;

    private PromotionEngine() {
    }

    /**
     * Whether schemes can price a cart in {@code currency}: only in a currency of {@value #SCHEME_AMOUNT_DECIMALS}
     * decimals, where their amounts mean what they say (100.00 off is 100.00 of the cart's currency). In a
     * currency of 0 or 3 decimals (JPY, BHD) the same minor units would be 100 times more or 10 times less.
     */
    public static boolean canPrice(Currency currency) {
        return currency.getDefaultFractionDigits() == SCHEME_AMOUNT_DECIMALS;
    }

    /**
     * Prices a cart; builds the scheme index on each call (use {@link #index} to reuse it). The cart must be in a
     * currency the schemes {@linkplain #canPrice can price}.
     */
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
