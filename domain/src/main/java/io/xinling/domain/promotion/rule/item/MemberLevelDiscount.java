package io.xinling.domain.promotion.rule.item;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.Stage;

import java.util.Map;

/**
 * 2.7 会员等级折扣: pay rate r_L of the member's level on each promotable unit; SKUs marked 不参与会员折扣
 * are skipped, and the price-floor guard keeps a SKU at its 最低折扣.
 */
public record MemberLevelDiscount(Map<String, Long> payBpByLevel) implements Rule {

    public MemberLevelDiscount {
        payBpByLevel = Map.copyOf(payBpByLevel);
    }

    @Override public String type() { return "member_level_discount"; }

    @Override public Stage stage() { return Stage.S1_ITEM_PRICE; }

    @Override public boolean isMemberDiscount() { return true; }

    @Override
    public long memberPayBp(LineView line, PricingContext context) {
        return context.memberLevel().map(payBpByLevel::get).orElse(Amounts.BP);
    }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        Long bp = in.context().memberLevel().map(payBpByLevel::get).orElse(null);
        if (bp == null) {
            return RuleOutcome.skip(io.xinling.domain.promotion.Reason.MEMBER_NOT_ELIGIBLE, "");
        }
        return ItemShares.of(in, ItemBenefit.payRate(bp));
    }
}
