package io.xinling.domain.promotion.rule;

import java.util.List;

/** Order-level benefit helpers: caps and allocation over eligible lines by current payable (spec 3.7). */
public final class OrderBenefit {

    private OrderBenefit() {
    }

    /** The most an order-level benefit may take: the eligible payable, and the order down to its minimum payable. */
    public static long cap(RuleInput in, long amount) {
        long roomInOrder = Math.max(0, in.orderPayable() - in.policy().minimumPayableMinor());
        return Math.max(0, Math.min(amount, Math.min(in.payable(), roomInOrder)));
    }

    /** Allocates a capped amount over the eligible lines; skips when nothing is left to give. */
    public static RuleOutcome amount(RuleInput in, long amount, long uses, String basis) {
        long capped = cap(in, amount);
        if (capped <= 0) {
            return RuleOutcome.skip(io.xinling.domain.promotion.Reason.NO_BENEFIT, "nothing left to discount");
        }
        return RuleOutcome.shares(Allocation.overPayables(in.lines(), capped, basis), uses, basis);
    }

    /** A pay rate computed once on the eligible payable, then allocated; an optional cap on the discount. */
    public static RuleOutcome payRate(RuleInput in, long payBp, long maxDiscount, String basis) {
        long base = in.payable();
        long discount = Math.min(base - Amounts.applyRate(base, payBp), maxDiscount);
        return amount(in, discount, 1, basis);
    }

    /** The threshold check with the shortfall message ("还差31.00元"). */
    public static RuleOutcome.Skip notMet(long base, long shortfall) {
        return new RuleOutcome.Skip(io.xinling.domain.promotion.Reason.THRESHOLD_NOT_MET, shortfall,
                Amounts.yuan("可用商品金额", base, "元，还差", shortfall, "元"), List.of());
    }
}
