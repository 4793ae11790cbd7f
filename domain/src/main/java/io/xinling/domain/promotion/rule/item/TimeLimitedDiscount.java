package io.xinling.domain.promotion.rule.item;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

import java.util.Map;

/** 2.5 限时折扣: a percent, amount or price per unit, per SKU (each SKU may carry its own), in a window. */
public record TimeLimitedDiscount(Map<String, ItemBenefit> perSku, ItemBenefit otherwise) implements Rule {

    public TimeLimitedDiscount {
        perSku = Map.copyOf(perSku);
    }

    @Override public String type() { return "time_limited_discount"; }

    @Override public Stage stage() { return Stage.S1_ITEM_PRICE; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        return ItemShares.of(in, v -> perSku.getOrDefault(v.sku(), otherwise));
    }
}
