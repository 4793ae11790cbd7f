package io.xinling.domain.promotion.returns;

import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.promotion.Cart;
import io.xinling.domain.promotion.CartLine;
import io.xinling.domain.promotion.LineResult;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionEngine;

import java.util.ArrayList;
import java.util.List;

/** The goods the customer keeps after a return, re-priced under the original scheme versions. */
record Kept(PricingResult result, long paidNotRefunded, List<Integer> brokenGifts, boolean wholeOrderBack) {

    static Kept reprice(ReturnRequest req) {
        List<CartLine> kept = new ArrayList<>();
        long paid = req.frozen().payable().minor();
        for (CartLine line : req.cart().lines()) {
            var prior = ReturnCalculator.prior(req, line.lineNo());
            paid -= prior.refunded().minor();
            Quantity left = line.quantity().minus(prior.quantity())
                    .minus(req.returning().getOrDefault(line.lineNo(), Quantity.ZERO));
            if (left.isPositive()) {
                kept.add(line.withQuantity(left));
            }
        }
        PricingResult again = PromotionEngine.price(new Cart(kept), req.context(), req.schemes(), req.policy());
        return new Kept(again, paid, brokenGifts(req.frozen(), again), kept.isEmpty());
    }

    /** Gift lines of the frozen order whose scheme no longer grants them (or grants fewer) to the kept goods. */
    private static List<Integer> brokenGifts(PricingResult frozen, PricingResult again) {
        List<Integer> out = new ArrayList<>();
        for (LineResult g : frozen.gifts()) {
            long still = again.gifts().stream().filter(x -> x.giftOf().equals(g.giftOf()) && x.sku().equals(g.sku()))
                    .mapToLong(x -> x.quantity().value().longValue()).sum();
            if (still < g.quantity().value().longValue()) {
                out.add(g.lineNo());
            }
        }
        return out;
    }
}
