package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.PostOrderReward;
import io.xinling.domain.promotion.Stage;

import java.util.List;

/**
 * 2.24 满返: when the amount actually paid (after every discount) is ≥ T, issue a reward after payment:
 * coupons of a type, bonus points or stored value. A return that brings the order below T revokes it.
 */
public record ThresholdRewardReturn(long threshold, PostOrderReward.Kind kind, String reference, long amount)
        implements Rule {

    public ThresholdRewardReturn {
        if (threshold < 0 || amount <= 0) {
            throw new IllegalArgumentException("threshold_reward_return needs a reward");
        }
    }

    @Override public String type() { return "threshold_reward_return"; }

    @Override public Stage stage() { return Stage.POST_ORDER; }

    @Override public String defaultGroup() { return "POST_REWARD"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long paid = in.payable();
        if (paid < threshold) {
            return OrderBenefit.notMet(paid, threshold - paid);
        }
        return new RuleOutcome.Benefit(List.of(), List.of(), 0, 1, Amounts.yuan("实付满", threshold, "返"), List.of(),
                List.of(new PostOrderReward(in.schemeId(), kind, reference, amount)), 0, List.of());
    }
}
