package io.xinling.domain.promotion.rule;

import io.xinling.domain.promotion.PricingContext;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.ThresholdBase;

import java.util.List;

/**
 * What a rule sees: its eligible lines at its stage (line-number order), the context and policy, its
 * scheme id, the units it may still price (限购, stock), how many times it may apply, the gift stock
 * left, the whole order's current payable and the shipping fee, all in minor units.
 */
public record RuleInput(List<LineView> lines, PricingContext context, PromotionPolicy policy, String schemeId,
                        long unitCap, long usesCap, long giftStock, long orderPayable, long shippingFee) {

    public RuleInput {
        lines = FrozenList.copyOf(lines);
    }

    /** Σ of the eligible lines' threshold base (payable after earlier stages, or list per policy). */
    public long thresholdBase() {
        boolean list = policy.thresholdBase() == ThresholdBase.LIST_PRICE;
        long sum = 0;
        for (int j = 0; j < lines.size(); j++) {
            LineView v = lines.get(j);
            sum += list ? v.baseAmount() : v.payable();
        }
        return sum;
    }

    /** Σ of the eligible lines' current payables. */
    public long payable() {
        long sum = 0;
        for (int j = 0; j < lines.size(); j++) {
            sum += lines.get(j).payable();
        }
        return sum;
    }

    /** Σ of the eligible whole units. */
    public long unitCount() {
        long sum = 0;
        for (int j = 0; j < lines.size(); j++) {
            sum += lines.get(j).units();
        }
        return sum;
    }

    public RuleInput withUnitCap(long cap) {
        return new RuleInput(lines, context, policy, schemeId, cap, usesCap, giftStock, orderPayable, shippingFee);
    }

    public RuleInput withLines(List<LineView> other) {
        return new RuleInput(other, context, policy, schemeId, unitCap, usesCap, giftStock, orderPayable, shippingFee);
    }
}
