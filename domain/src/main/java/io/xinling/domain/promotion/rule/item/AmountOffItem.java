package io.xinling.domain.promotion.rule.item;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/** 2.3 直降/立减: each covered unit costs A less (or A once per line when {@code perLine}), never below zero. */
public record AmountOffItem(long amount, boolean perLine) implements Rule {

    @Override public String type() { return "amount_off_item"; }

    @Override public Stage stage() { return Stage.S1_ITEM_PRICE; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        if (!perLine) {
            return ItemShares.of(in, ItemBenefit.amountOff(amount));
        }
        return ItemShares.of(in, v -> ItemBenefit.amountOff(Math.min(amount, v.payable()) / Math.max(1, v.lineUnits())));
    }
}
