package io.xinling.domain.promotion.rule.item;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

import java.util.Map;

/** 2.6 会员价: the unit price of the member's level, from a price list per level (level → SKU → price). */
public record MemberPrice(Map<String, Map<String, Long>> pricesByLevel) implements Rule {

    public MemberPrice {
        pricesByLevel = Map.copyOf(pricesByLevel);
    }

    @Override public String type() { return "member_price"; }

    @Override public Stage stage() { return Stage.S1_ITEM_PRICE; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        Map<String, Long> prices = in.context().memberLevel().map(pricesByLevel::get).orElse(Map.of());
        return ItemShares.of(in, v -> prices.containsKey(v.sku()) ? ItemBenefit.price(prices.get(v.sku())) : null);
    }
}
