package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.List;

/**
 * 2.13 买A赠B: per {@code triggerQty} units of the scheme's products (or per {@code triggerAmount} of them
 * when positive), {@code giftsPerTrigger} gifts chosen from {@code gifts}; repeats unless {@code once};
 * short gift stock gives fewer gifts with a message. Gift lines are paid 0.00 and never count toward
 * thresholds.
 */
public record BuyXGetY(long triggerQty, long triggerAmount, List<GiftOption> gifts, long giftsPerTrigger, boolean once)
        implements Rule {

    public BuyXGetY {
        gifts = List.copyOf(gifts);
        if (gifts.isEmpty() || giftsPerTrigger < 1 || triggerQty < 0 || triggerAmount < 0
                || triggerQty == 0 && triggerAmount == 0) {
            throw new IllegalArgumentException("buy_x_get_y needs a trigger and gifts");
        }
    }

    @Override public String type() { return "buy_x_get_y"; }

    @Override public Stage stage() { return Stage.S2_ITEM_GROUP; }

    /** Triggered by quantity it needs units; triggered by amount it does not. */
    @Override public boolean needsUnits() { return triggerAmount == 0; }

    @Override
    public RuleOutcome.Skip tooFewUnits(long units) {
        return triggerAmount <= 0 && units < triggerQty
                ? RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "还差" + (triggerQty - units) + "件") : null;
    }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        RuleOutcome.Skip few = tooFewUnits(in.unitCount());
        if (few != null) {
            return few;
        }
        long times;
        long consumedUnits;
        if (triggerAmount > 0) {
            long base = in.thresholdBase();
            times = base / triggerAmount;
            consumedUnits = in.unitCount();
            if (times == 0) {
                return OrderBenefit.notMet(base, triggerAmount - base);
            }
        } else {
            long units = in.unitCount();
            times = units / triggerQty;
            if (times == 0) {
                return RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "还差" + (triggerQty - units) + "件");
            }
            consumedUnits = 0;
        }
        times = Math.min(once ? 1 : times, in.usesCap());
        long used = triggerAmount > 0 ? consumedUnits : times * triggerQty;
        return Gifts.grant(in, gifts, times * giftsPerTrigger, BuyNGetMFree.consumed(in.lines(), used, type()),
                times, "买" + (triggerAmount > 0 ? Amounts.yuan(triggerAmount) + "元" : triggerQty + "件") + "赠");
    }
}
