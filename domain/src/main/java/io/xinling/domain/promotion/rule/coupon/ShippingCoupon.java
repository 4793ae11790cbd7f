package io.xinling.domain.promotion.rule.coupon;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.List;

/** 2.33 运费券: free shipping, a pay rate on the fee or an amount off it. */
public record ShippingCoupon(ShippingBenefit benefit) implements Rule {

    @Override public String type() { return "shipping_coupon"; }

    @Override public Stage stage() { return Stage.S4_COUPON; }

    @Override public String defaultGroup() { return "S4_SHIPPING_COUPON"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long off = benefit.off(in.shippingFee());
        if (off <= 0) {
            return RuleOutcome.skip(Reason.NO_BENEFIT, "无运费");
        }
        return new RuleOutcome.Benefit(List.of(), List.of(), off, 1, "运费券", List.of(), List.of(), 0, List.of());
    }
}
