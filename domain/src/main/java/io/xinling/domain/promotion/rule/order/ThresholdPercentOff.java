package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/** 2.20 满折: pay rate r_k on the eligible base for the highest tier reached, computed once then allocated. */
public record ThresholdPercentOff(Tiers tiers, long maxDiscount) implements Rule {

    @Override public String type() { return "threshold_percent_off"; }

    @Override public Stage stage() { return Stage.S3_ORDER_THRESHOLD; }

    @Override public String defaultGroup() { return "S3_THRESHOLD"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long base = in.thresholdBase();
        return tiers.reached(base)
                .map(t -> OrderBenefit.payRate(in, t.value(), maxDiscount, "满" + Amounts.yuan(t.threshold()) + " pay " + t.value() + "bp"))
                .orElseGet(() -> OrderBenefit.notMet(base, tiers.shortfall(base)));
    }
}
