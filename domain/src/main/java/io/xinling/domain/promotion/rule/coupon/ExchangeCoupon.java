package io.xinling.domain.promotion.rule.coupon;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.List;

/**
 * 2.34 兑换券/提货券: one unit of a covered SKU in the cart (the most expensive one) becomes free or costs
 * a fixed price; the stock check happens at redemption, outside the engine.
 */
public record ExchangeCoupon(long price) implements Rule {

    @Override public String type() { return "exchange_coupon"; }

    @Override public Stage stage() { return Stage.S4_COUPON; }

    @Override public String defaultGroup() { return "S4_EXCHANGE_COUPON"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        LineView best = in.lines().stream().filter(v -> v.lineUnits() > 0)
                .max(java.util.Comparator.comparingLong(LineView::refUnit).thenComparing(v -> -v.index())).orElse(null);
        if (best == null) {
            return RuleOutcome.skip(Reason.NO_ELIGIBLE_ITEMS, "购物车中没有可兑换商品");
        }
        long off = Math.min(best.payable(), Math.max(0, best.refUnit() - price));
        if (off <= 0) {
            return RuleOutcome.skip(Reason.NO_BENEFIT, "");
        }
        return RuleOutcome.shares(List.of(LineShare.of(best.index(), off, 1, "兑换 1 件")), 1, "兑换券");
    }
}
