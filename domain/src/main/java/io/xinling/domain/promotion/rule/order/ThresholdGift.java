package io.xinling.domain.promotion.rule.order;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Stage;

import java.util.List;

/**
 * 2.23 满赠: base ≥ T_k → g_k gifts chosen from the list (stock-limited); {@code repeat} = 每满赠 on the
 * lowest tier. Tier values are gift counts.
 */
public record ThresholdGift(Tiers tiers, List<GiftOption> gifts, boolean repeat) implements Rule {

    public ThresholdGift {
        gifts = List.copyOf(gifts);
        if (gifts.isEmpty()) {
            throw new IllegalArgumentException("threshold_gift needs gifts");
        }
    }

    @Override public String type() { return "threshold_gift"; }

    @Override public Stage stage() { return Stage.S3_ORDER_THRESHOLD; }

    @Override public String defaultGroup() { return "S3_GIFT"; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long base = in.thresholdBase();
        var tier = tiers.reached(base);
        if (tier.isEmpty()) {
            return OrderBenefit.notMet(base, tiers.shortfall(base));
        }
        long times = repeat ? Math.min(base / tiers.tiers().get(0).threshold(), in.usesCap()) : 1;
        long count = repeat ? times * tiers.tiers().get(0).value() : tier.get().value();
        return Gifts.grant(in, gifts, count, List.of(), times, "满" + Amounts.yuan(tier.get().threshold()) + "赠");
    }
}
