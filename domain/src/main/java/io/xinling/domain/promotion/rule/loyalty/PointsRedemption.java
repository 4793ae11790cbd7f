package io.xinling.domain.promotion.rule.loyalty;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.List;

/**
 * 2.36 积分抵现: {@code pointsPerUnit} points = 1.00; at least {@code minPoints}; the cash value in steps of
 * {@code stepMinor} (100 = whole yuan); at most {@code maxShareBp} of the eligible payable. The cash value
 * is allocated to lines and each line records the points that paid for it.
 */
public record PointsRedemption(long pointsPerUnit, long minPoints, long stepMinor, long maxShareBp) implements Rule {

    public PointsRedemption {
        if (pointsPerUnit < 1 || minPoints < 0 || stepMinor < 1 || maxShareBp < 0 || maxShareBp > Amounts.BP) {
            throw new IllegalArgumentException("bad points redemption");
        }
    }

    @Override public String type() { return "points_redemption"; }

    @Override public Stage stage() { return Stage.S6_POINTS; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long balance = in.context().pointsBalance();
        if (balance < minPoints || balance == 0) {
            return RuleOutcome.skip(Reason.LIMIT_REACHED, "积分不足");
        }
        long capShare = Amounts.mulDivFloor(in.payable(), maxShareBp, Amounts.BP);
        long byPoints = balance / pointsPerUnit >= Long.MAX_VALUE / 100 ? Long.MAX_VALUE
                : Amounts.mulDivFloor(balance, 100, pointsPerUnit);
        long cash = OrderBenefit.cap(in, Math.min(capShare, byPoints));
        cash -= cash % stepMinor;
        if (cash <= 0) {
            return RuleOutcome.skip(Reason.NO_BENEFIT, "");
        }
        long points = Amounts.mulDivFloor(cash, pointsPerUnit, 100);
        return new RuleOutcome.Benefit(Allocation.withPoints(in.lines(), cash, points, "积分抵现"), List.of(), 0, 1,
                points + Amounts.yuan(" points = ", cash, ""), List.of(), List.of(), 0, List.of());
    }
}
