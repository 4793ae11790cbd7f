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
        List<RunCursor> cursors = new ArrayList<>();
        long sets = in.usesCap();
        for (BundleSlot slot : slots) {
            List<LineView> pool = in.lines().stream().filter(v -> slot.skus().contains(v.sku())).toList();
            RunCursor c = new RunCursor(pool, true);
            sets = Math.min(sets, c.remaining() / slot.qty());
            cursors.add(c);
        }
        if (sets == 0) {
            return RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "套餐不完整");
        }
        List<DealBatch> deals = new ArrayList<>();
        for (long made = 0; made < sets; ) {
            long times = sets - made;
            for (int s = 0; s < slots.size(); s++) {
                times = Math.min(times, cursors.get(s).span(slots.get(s).qty()));
            }
            times = Math.max(1, times);
            List<Piece> pieces = new ArrayList<>();
            for (int s = 0; s < slots.size(); s++) {
                pieces.addAll(times > 1 ? cursors.get(s).takeRepeated(slots.get(s).qty(), times)
                        : cursors.get(s).take(slots.get(s).qty()));
            }
            deals.add(new DealBatch(times, pieces, List.of()));
            made += times;
        }
        RuleOutcome.Benefit b = Deals.spread(deals, d -> d.regularAmount() - price, "套餐价 " + Amounts.yuan(price));
        return b.shares().isEmpty() ? RuleOutcome.skip(Reason.NO_BENEFIT, "套餐价不低于原价") : b;
    }
}
