package io.xinling.domain.promotion.rule.coupon;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

/**
 * 2.30 满减券: eligible base ≥ T (or eligible count ≥ N when {@code byCount}; never both) → amount A.
 * The base is the amount after earlier stages; 特价 items leave it with {@code excludeSpecialPriceItems}.
 */
public record ThresholdCoupon(long threshold, boolean byCount, long amount) implements Rule {

    public ThresholdCoupon {
        if (threshold < 0 || amount <= 0) {
            throw new IllegalArgumentException("bad threshold coupon");
        }
    }

    @Override public String type() { return "threshold_coupon"; }

    @Override public Stage stage() { return Stage.S4_COUPON; }

    @Override public String defaultGroup() { return "S4_ORDER_COUPON"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long base = byCount ? in.unitCount() : in.thresholdBase();
        if (base < threshold) {
            return byCount ? RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "还差" + (threshold - base) + "件")
                    : OrderBenefit.notMet(base, threshold - base);
        }
        return OrderBenefit.amount(in, amount, 1, "满" + Amounts.yuan(threshold) + "减" + Amounts.yuan(amount) + "券");
    }
}
