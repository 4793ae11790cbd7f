package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * 2.15 组合套餐: each complete set (one take from every slot) costs P; sets are filled with the most
 * expensive units first and a set whose regular sum is ≤ P is not formed. P is spread over the set's
 * components by reference price.
 */
public record BundlePrice(List<BundleSlot> slots, long price) implements Rule {

    public BundlePrice {
        slots = List.copyOf(slots);
        if (slots.isEmpty() || price < 0) {
            throw new IllegalArgumentException("a bundle needs slots and a price");
        }
    }

    @Override public String type() { return "bundle_price"; }

    @Override public Stage stage() { return Stage.S2_ITEM_GROUP; }

    @Override public boolean needsUnits() { return true; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        List<RunCursor> cursors = new ArrayList<>(slots.size());
        long[] qty = new long[slots.size()];
        long sets = in.usesCap();
        for (int s = 0; s < slots.size(); s++) {
            BundleSlot slot = slots.get(s);
            RunCursor c = new RunCursor(slotLines(in.lines(), slot), true);
            qty[s] = slot.qty();
            sets = Math.min(sets, c.remaining() / slot.qty());
            cursors.add(c);
        }
        if (sets == 0) {
            return RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "套餐不完整");
        }
        RuleOutcome.Benefit b = Deals.sets(cursors, qty, sets, d -> d.regularAmount() - price,
                Amounts.yuan("套餐价 ", price, ""));
        return b.shares().isEmpty() ? RuleOutcome.skip(Reason.NO_BENEFIT, "套餐价不低于原价") : b;
    }

    private static List<LineView> slotLines(List<LineView> lines, BundleSlot slot) {
        List<LineView> out = new ArrayList<>(lines.size());
        for (int j = 0; j < lines.size(); j++) {
            if (slot.skus().contains(lines.get(j).sku())) {
                out.add(lines.get(j));
            }
        }
        return out;
    }
}
