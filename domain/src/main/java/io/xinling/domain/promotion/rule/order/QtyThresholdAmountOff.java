package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

/** 2.21 满件减: eligible unit count ≥ N_k → amount D_k (highest tier). */
public record QtyThresholdAmountOff(Tiers tiers) implements Rule {

    @Override public String type() { return "qty_threshold_amount_off"; }

    @Override public Stage stage() { return Stage.S3_ORDER_THRESHOLD; }

    @Override public String defaultGroup() { return "S3_THRESHOLD"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long units = in.unitCount();
        return tiers.reached(units)
                .map(t -> OrderBenefit.amount(in, t.value(), 1, "满" + t.threshold() + "件减" + Amounts.yuan(t.value())))
                .orElseGet(() -> RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "还差" + tiers.shortfall(units) + "件"));
    }
}
