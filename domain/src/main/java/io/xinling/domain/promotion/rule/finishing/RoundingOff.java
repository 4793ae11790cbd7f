package io.xinling.domain.promotion.rule.finishing;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

/**
 * 2.39 抹零 (stage S8, the last): rounds the ticket's payable by its mode. A downward rounding is a
 * discount allocated to lines; an upward one is an "other charge" line of the result (spec 2.39), never a
 * negative discount on a goods line. With
 * {@code onlyWhenDiscounted} it rounds only tickets that already had a discount. Per-ticket only.
 */
public record RoundingOff(RoundingMode mode, boolean onlyWhenDiscounted) implements Rule, SeesWholeOrder, RoundingCharge {

    @Override public String type() { return "rounding_off"; }

    @Override public Stage stage() { return Stage.S8_ROUNDING; }

    private long rounded(RuleInput in) {
        return Money.cny(in.orderPayable()).roundSmallChange(mode.kernel()).minor();
    }

    private boolean discounted(RuleInput in) {
        for (int j = 0; j < in.lines().size(); j++) {
            if (in.lines().get(j).payable() < in.lines().get(j).baseAmount()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long upwardCharge(RuleInput in) {
        if (onlyWhenDiscounted && !discounted(in)) {
            return 0;
        }
        return Math.max(0, rounded(in) - in.orderPayable());
    }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        if (onlyWhenDiscounted && !discounted(in)) {
            return RuleOutcome.skip(Reason.NO_BENEFIT, "仅优惠单抹零");
        }
        long off = in.orderPayable() - rounded(in);
        if (off <= 0) {
            return RuleOutcome.skip(Reason.NO_BENEFIT, off < 0 ? "向上取整记其他费用" : "无零头");
        }
        return RuleOutcome.shares(Allocation.overPayables(in.lines(), off, "抹零 " + mode), 1, "抹零 " + mode);
    }
}
