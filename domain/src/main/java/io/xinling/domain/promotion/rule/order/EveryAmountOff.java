package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/** 2.19 每满减: ⌊base ÷ T⌋ × D, optionally capped in times (≤ usesPerOrder too) or in amount; uncapped = 上不封顶. */
public record EveryAmountOff(long threshold, long amount, long maxTimes, long maxAmount) implements Rule {

    public EveryAmountOff {
        if (threshold <= 0 || amount <= 0 || maxTimes < 1 || maxAmount < 0) {
            throw new IllegalArgumentException("every_amount_off needs a positive step and amount");
        }
    }

    @Override public String type() { return "every_amount_off"; }

    @Override public Stage stage() { return Stage.S3_ORDER_THRESHOLD; }

    @Override public String defaultGroup() { return "S3_THRESHOLD"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long base = in.thresholdBase();
        long times = Math.min(base / threshold, Math.min(maxTimes, in.usesCap()));
        if (times == 0) {
            return OrderBenefit.notMet(base, threshold - base);
        }
        long off = Math.min(Math.multiplyExact(times, amount), maxAmount);
        return OrderBenefit.amount(in, off, times, "每满" + Amounts.yuan(threshold) + "减" + Amounts.yuan(amount) + " ×" + times);
    }
}
