package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

/**
 * 2.25 整单折扣/让利/改价 (manual, stage S5): pay rate, amount off, or "set the total to X". A rate (or the
 * equivalent of an amount) above the cashier's {@code manualDiscountLimit} is refused.
 */
public record WholeOrderDiscount(Kind kind, long value) implements Rule {

    public enum Kind { PAY_RATE, AMOUNT_OFF, SET_TOTAL }

    public WholeOrderDiscount {
        if (value < 0 || kind == Kind.PAY_RATE && value > Amounts.BP) {
            throw new IllegalArgumentException("bad whole-order discount");
        }
    }

    @Override public String type() { return "whole_order_discount"; }

    @Override public Stage stage() { return Stage.S5_MANUAL; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long base = in.payable();
        long off = switch (kind) {
            case PAY_RATE -> base - Amounts.applyRate(base, value);
            case AMOUNT_OFF -> value;
            case SET_TOTAL -> base - value;
        };
        long limitBp = in.context().manualDiscountLimit().fraction().movePointRight(4).longValue();
        if (base > 0 && Amounts.mulDivFloor(Math.max(0, off), Amounts.BP, base) > limitBp) {
            return RuleOutcome.skip(Reason.NOT_AUTHORISED, "超出收银员整单折扣权限");
        }
        return OrderBenefit.amount(in, off, 1, "整单 " + kind + " " + value);
    }
}
