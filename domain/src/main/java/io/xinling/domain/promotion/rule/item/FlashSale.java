package io.xinling.domain.promotion.rule.item;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

/**
 * 2.4 秒杀: price P for covered units, usually one per order, from reserved activity stock; the scheme is
 * exclusive by default, so the units it prices take nothing else and leave every threshold base (the line's units
 * beyond its cap stay in the later stages at their own price).
 */
public record FlashSale(long price) implements Rule {

    @Override public String type() { return "flash_sale"; }

    @Override public Stage stage() { return Stage.S1_ITEM_PRICE; }

    @Override public boolean setsSpecialPrice() { return true; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        return ItemShares.of(in, ItemBenefit.price(price));
    }
}
