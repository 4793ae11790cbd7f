package io.xinling.domain.promotion.rule.item;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.Map;
import java.util.OptionalLong;

/**
 * 2.9 促销调价: a dated base price per SKU (stage S0). Not an adjustment: it replaces the list price for
 * its window, so it is not allocated and not returned separately.
 */
public record ScheduledPriceAdjustment(Map<String, Long> prices) implements Rule, BasePriceRule {

    public ScheduledPriceAdjustment {
        prices = Map.copyOf(prices);
    }

    @Override public String type() { return "scheduled_price_adjustment"; }

    @Override public Stage stage() { return Stage.S0_BASE_PRICE; }

    @Override
    public OptionalLong baseUnit(LineView line) {
        Long p = prices.get(line.sku());
        return p == null ? OptionalLong.empty() : OptionalLong.of(p);
    }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        return RuleOutcome.skip(Reason.NOT_A_CART_RULE, "base price, applied at S0");
    }
}
