package io.xinling.domain.promotion.rule.item;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/** 2.2 单品折扣: line payable = round_half_up(line amount × pay rate); optional maximum discount per line. */
public record PercentOffItem(long payBp, long maxDiscountPerLine) implements Rule {

    @Override public String type() { return "percent_off_item"; }

    @Override public Stage stage() { return Stage.S1_ITEM_PRICE; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        RuleOutcome out = ItemShares.of(in, ItemBenefit.payRate(payBp));
        if (maxDiscountPerLine == Long.MAX_VALUE || !(out instanceof RuleOutcome.Benefit b)) {
            return out;
        }
        return RuleOutcome.shares(b.shares().stream().map(s -> LineShare.of(s.index(),
                Math.min(s.amount(), maxDiscountPerLine), s.units(), s.basis() + " capped")).toList(), 1, b.basis());
    }
}
