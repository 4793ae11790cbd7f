package io.xinling.domain.promotion.engine;

import io.xinling.domain.promotion.Stage;

/**
 * Which scheme keeps an order promotion (S3), a line coupon (S4) or a points redemption (S6) off the cart, by its
 * {@code stacksWithOrderPromotions}, {@code stacksWithCoupons} or {@code stacksWithPoints} flag: the EXCLUDED_BY of
 * spec 3.14, read from the line ledger.
 */
final class CouponRefusal {

    private CouponRefusal() {
    }

    /**
     * The scheme that keeps {@code k} off every line it could otherwise use: each line its scope covers and its other
     * conditions allow refuses {@code k}'s stage, and the first such line's refusing scheme is returned; {@code null}
     * when a line still takes it, when no line would, or for a scheme of another stage or that sees the whole order.
     */
    static CompiledScheme of(PricingRun run, CompiledScheme k) {
        LineLedger ledger = run.ledger;
        boolean[] refuses;
        CompiledScheme[] refusedBy;
        switch (k.stage) {
            case S3_ORDER_THRESHOLD -> { refuses = ledger.noOrder; refusedBy = ledger.orderRefusedBy; }
            case S4_COUPON -> { refuses = ledger.noCoupon; refusedBy = ledger.couponRefusedBy; }
            case S6_POINTS -> { refuses = ledger.noPoints; refusedBy = ledger.pointsRefusedBy; }
            default -> { return null; }
        }
        if (k.wholeOrder) {
            return null;
        }
        CompiledScheme by = null;
        int n = ledger.size();
        for (int i = run.coverage.next(k, 0, n); i >= 0; i = run.coverage.next(k, i + 1, n)) {
            if (ledger.locked[i] || ledger.freePayable(i) <= 0 || k.excludeSpecial && ledger.special[i]
                    || k.memberDiscount && ledger.lines[i].memberDiscountExcluded()) {
                continue;
            }
            if (!refuses[i]) {
                return null;
            }
            by = by == null ? refusedBy[i] : by;
        }
        return by;
    }
}
