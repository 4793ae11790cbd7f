package io.xinling.domain.promotion.rule.loyalty;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

import java.util.List;

/**
 * 2.35 积分倍率: covered lines earn points at {@code multiplierBp} (20000 = 双倍) of the policy's rate,
 * on the amount actually paid after every discount; the extra over the normal rate is reported.
 */
public record PointsEarnMultiplier(long multiplierBp) implements Rule {

    public PointsEarnMultiplier {
        if (multiplierBp < Amounts.BP) {
            throw new IllegalArgumentException("a multiplier is at least 1x");
        }
    }

    @Override public String type() { return "points_earn_multiplier"; }

    @Override public Stage stage() { return Stage.POST_ORDER; }

    @Override public String defaultGroup() { return "POST_POINTS"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long paid = in.payable();
        long normal = Amounts.mulDivFloor(paid, in.policy().pointsPerUnitPaid(), 100);
        long boosted = Amounts.mulDivFloor(Amounts.mulDivFloor(paid, in.policy().pointsPerUnitPaid(), 100), multiplierBp,
                Amounts.BP);
        if (boosted <= normal) {
            return RuleOutcome.skip(io.xinling.domain.promotion.Reason.NO_BENEFIT, "");
        }
        return new RuleOutcome.Benefit(List.of(), List.of(), 0, 1, "积分 ×" + multiplierBp + "bp", List.of(), List.of(),
                boosted - normal, List.of());
    }
}
