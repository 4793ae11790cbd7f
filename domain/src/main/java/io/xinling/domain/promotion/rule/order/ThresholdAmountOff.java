package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/** 2.18 满减 (tiers): amount D_k of the highest tier reached (base ≥ T_k), allocated to eligible lines. */
public record ThresholdAmountOff(Tiers tiers) implements Rule {

    @Override public String type() { return "threshold_amount_off"; }

    @Override public Stage stage() { return Stage.S3_ORDER_THRESHOLD; }

    @Override public String defaultGroup() { return "S3_THRESHOLD"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long base = in.thresholdBase();
        return tiers.reached(base)
                .map(t -> OrderBenefit.amount(in, t.value(), 1, "满" + Amounts.yuan(t.threshold()) + "减" + Amounts.yuan(t.value())))
                .orElseGet(() -> OrderBenefit.notMet(base, tiers.shortfall(base)));
    }
}
