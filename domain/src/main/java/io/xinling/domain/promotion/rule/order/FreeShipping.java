package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.List;

/** 2.26 包邮 / 满包邮 / 运费减免: base ≥ T → the shipping fee is waived or reduced. */
public record FreeShipping(long threshold, ShippingBenefit benefit) implements Rule {

    @Override public String type() { return "free_shipping"; }

    @Override public Stage stage() { return Stage.S3_ORDER_THRESHOLD; }

    @Override public String defaultGroup() { return "S3_SHIPPING"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long base = in.thresholdBase();
        if (base < threshold) {
            return OrderBenefit.notMet(base, threshold - base);
        }
        long off = benefit.off(in.shippingFee());
        if (off <= 0) {
            return RuleOutcome.skip(Reason.NO_BENEFIT, "无运费");
        }
        return new RuleOutcome.Benefit(List.of(), List.of(), off, 1, "包邮", List.of(), List.of(), 0, List.of());
    }
}
