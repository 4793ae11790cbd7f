package io.xinling.domain.promotion.rule.coupon;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/**
 * 2.29 代金券: amount A off the eligible base, no threshold; never more than the base (the unused part is
 * forfeited, no change is given) and never below the policy's minimum payable.
 */
public record CashCoupon(long amount) implements Rule {

    public CashCoupon {
        if (amount <= 0) {
            throw new IllegalArgumentException("coupon amount must be positive");
        }
    }

    @Override public String type() { return "cash_coupon"; }

    @Override public Stage stage() { return Stage.S4_COUPON; }

    @Override public String defaultGroup() { return "S4_ORDER_COUPON"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        return OrderBenefit.amount(in, amount, 1, Amounts.yuan("代金券", amount, ""));
    }
}
