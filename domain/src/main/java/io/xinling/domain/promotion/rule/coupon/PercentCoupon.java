package io.xinling.domain.promotion.rule.coupon;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/** 2.31 折扣券: pay rate r on the eligible base (from a threshold), with an optional maximum discount M. */
public record PercentCoupon(long payBp, long threshold, long maxDiscount) implements Rule {

    public PercentCoupon {
        if (payBp < 0 || payBp > Amounts.BP || threshold < 0 || maxDiscount < 0) {
            throw new IllegalArgumentException("bad percent coupon");
        }
    }

    @Override public String type() { return "percent_coupon"; }

    @Override public Stage stage() { return Stage.S4_COUPON; }

    @Override public String defaultGroup() { return "S4_ORDER_COUPON"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long base = in.thresholdBase();
        if (base < threshold) {
            return OrderBenefit.notMet(base, threshold - base);
        }
        return OrderBenefit.payRate(in, payBp, maxDiscount, "折扣券 pay " + payBp + "bp");
    }
}
