package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * 2.10 阶梯价: tiers of minimum quantity → unit price (or pay rate). {@code ALL_UNITS}: every unit gets the
 * highest tier reached; {@code INCREMENTAL}: units fill the bands in line order. Per SKU, or over the
 * whole pool when {@code mixed}.
 */
public record TieredUnitPrice(Tiers tiers, ItemBenefit.Kind kind, boolean incremental, boolean mixed) implements Rule {

    @Override public String type() { return "tiered_unit_price"; }

    @Override public Stage stage() { return Stage.S2_ITEM_GROUP; }

    @Override public boolean needsUnits() { return true; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        List<LineShare> shares = new ArrayList<>();
        for (List<LineView> pool : pools(in.lines())) {
            shares.addAll(incremental ? bands(pool) : allUnits(pool));
        }
        return shares.isEmpty() ? RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "阶梯未达到")
                : RuleOutcome.shares(shares, 1, incremental ? "incremental tiers" : "all-units tier");
    }

    /** The lines with units, one pool per SKU in order of first appearance (one pool of all when mixed). */
    private List<List<LineView>> pools(List<LineView> lines) {
        List<LineView> withUnits = new ArrayList<>(lines.size());
        for (int j = 0; j < lines.size(); j++) {
            if (lines.get(j).units() > 0) {
                withUnits.add(lines.get(j));
            }
        }
        if (mixed || withUnits.size() <= 1) {
            return withUnits.isEmpty() ? List.of() : List.of(withUnits);
        }
        List<List<LineView>> pools = new ArrayList<>(withUnits.size());
        boolean[] pooled = new boolean[withUnits.size()];
        for (int j = 0; j < withUnits.size(); j++) {
            if (pooled[j]) {
                continue;
            }
            String sku = withUnits.get(j).sku();
            int hash = sku.hashCode();
            List<LineView> pool = new ArrayList<>(1);
            for (int q = j; q < withUnits.size(); q++) {
                String other = withUnits.get(q).sku();
                if (!pooled[q] && other.hashCode() == hash && other.equals(sku)) {
                    pooled[q] = true;
                    pool.add(withUnits.get(q));
                }
            }
            pools.add(pool);
        }
        return pools;
    }

    private List<LineShare> allUnits(List<LineView> pool) {
        long q = pool.stream().mapToLong(LineView::units).sum();
        List<LineShare> out = new ArrayList<>();
        tiers.reached(q).ifPresent(t -> {
            ItemBenefit b = new ItemBenefit(kind, t.value());
            for (LineView v : pool) {
                long d = b.discount(v.refUnit(), v.units(), Math.min(v.payable(), v.refUnit() * v.units()));
                if (d > 0) {
                    out.add(LineShare.of(v.index(), d, v.units(), "tier ≥" + t.threshold()));
                }
            }
        });
        return out;
    }

    private List<LineShare> bands(List<LineView> pool) {
        List<LineShare> out = new ArrayList<>();
        long pos = 0;
        List<Tier> bands = tiers.tiers();
        for (LineView v : pool) {
            long d = 0;
            for (int k = 0; k < bands.size(); k++) {
                long from = bands.get(k).threshold() - 1;
                long to = k + 1 < bands.size() ? bands.get(k + 1).threshold() - 1 : Long.MAX_VALUE;
                long count = Math.max(0, Math.min(pos + v.units(), to) - Math.max(pos, from));
                if (count > 0) {
                    d += new ItemBenefit(kind, bands.get(k).value()).discount(v.refUnit(), count, v.refUnit() * count);
                }
            }
            pos += v.units();
            if (d > 0) {
                out.add(LineShare.of(v.index(), Math.min(d, v.payable()), v.units(), "incremental tiers"));
            }
        }
        return out;
    }
}
