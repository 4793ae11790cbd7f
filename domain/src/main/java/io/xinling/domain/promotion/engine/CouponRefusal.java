package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.Stage;

/** Which scheme keeps a line coupon off the cart: the EXCLUDED_BY of spec 3.14, read from the line ledger. */
final class CouponRefusal {

    private CouponRefusal() {
    }

    /**
     * The scheme that keeps coupon {@code k} off every line it could otherwise use: each line its scope covers and its
     * other conditions allow refuses coupons, and the first such line's refusing scheme is returned; {@code null} when
     * a line still takes it, when no line would, or for a scheme that is not a line coupon.
     */
    static CompiledScheme of(PricingRun run, CompiledScheme k) {
        if (k.stage != Stage.S4_COUPON || k.wholeOrder) {
            return null;
        }
        LineLedger ledger = run.ledger;
        CompiledScheme by = null;
        int n = ledger.size();
        for (int i = run.coverage.next(k, 0, n); i >= 0; i = run.coverage.next(k, i + 1, n)) {
            if (ledger.locked[i] || ledger.payable[i] <= 0 || k.excludeSpecial && ledger.special[i]
                    || k.memberDiscount && ledger.lines[i].memberDiscountExcluded()) {
                continue;
            }
            if (!ledger.noCoupon[i]) {
                return null;
            }
            by = by == null ? ledger.couponRefusedBy[i] : by;
        }
        return by;
    }
}
