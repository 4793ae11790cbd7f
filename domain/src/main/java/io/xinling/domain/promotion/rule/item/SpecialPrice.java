package io.xinling.domain.promotion.rule.item;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/** 2.1 特价: covered units cost P (up to the 限购 cap); nothing if the price is already ≤ P. */
public record SpecialPrice(long price) implements Rule {

    @Override public String type() { return "special_price"; }

    @Override public Stage stage() { return Stage.S1_ITEM_PRICE; }

    @Override public boolean setsSpecialPrice() { return true; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        return ItemShares.of(in, ItemBenefit.price(price));
    }
}
