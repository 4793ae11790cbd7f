package io.xinling.domain.promotion.rule.item;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/**
 * 2.8 会员日 (item form): a per-unit benefit for members whose ticket falls in the scheme's recurrence
 * (weekday/month-day masks, daily slots, birthday) — the window and members-only audience do the timing.
 */
public record MemberDay(ItemBenefit benefit) implements Rule {

    @Override public String type() { return "member_day"; }

    @Override public Stage stage() { return Stage.S1_ITEM_PRICE; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        if (!in.context().isMember()) {
            return RuleOutcome.skip(io.xinling.domain.promotion.Reason.MEMBER_NOT_ELIGIBLE, "");
        }
        return ItemShares.of(in, benefit);
    }
}
