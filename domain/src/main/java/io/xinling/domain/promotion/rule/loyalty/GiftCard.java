package io.xinling.domain.promotion.rule.loyalty;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

/**
 * 2.38 礼品卡/购物卡: a tender, not a discount. Selling a gift card is a non-promotable line (see
 * {@code CartLine.promotable}), so it stays out of every base and earns no points; the scheme itself is
 * reported as {@code NOT_A_CART_RULE}.
 */
public record GiftCard(long faceValue) implements Rule {

    @Override public String type() { return "gift_card"; }

    @Override public Stage stage() { return Stage.TENDER; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        return RuleOutcome.skip(Reason.NOT_A_CART_RULE, "礼品卡是支付方式");
    }
}
