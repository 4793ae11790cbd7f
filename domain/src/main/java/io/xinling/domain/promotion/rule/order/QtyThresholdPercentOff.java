package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

/** 2.22 满件折: eligible unit count ≥ N_k → pay rate r_k on the eligible base (JD: 1折 to 9.99折). */
public record QtyThresholdPercentOff(Tiers tiers) implements Rule {

    @Override public String type() { return "qty_threshold_percent_off"; }

    @Override public Stage stage() { return Stage.S3_ORDER_THRESHOLD; }

    @Override public String defaultGroup() { return "S3_THRESHOLD"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long units = in.unitCount();
        return tiers.reached(units)
                .map(t -> OrderBenefit.payRate(in, t.value(), Long.MAX_VALUE, "满" + t.threshold() + "件 pay " + t.value() + "bp"))
                .orElseGet(() -> RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "还差" + tiers.shortfall(units) + "件"));
    }
}
