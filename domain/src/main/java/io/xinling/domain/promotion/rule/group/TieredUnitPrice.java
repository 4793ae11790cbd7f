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

    /** Fewer units in all than the lowest tier asks: no pool reaches it, in either mode. */
    @Override
    public RuleOutcome.Skip tooFewUnits(long units) {
        return units < tiers.tiers().get(0).threshold() ? notReached() : null;
    }

    private static RuleOutcome.Skip notReached() {
        return RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "阶梯未达到");
    }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        RuleOutcome.Skip few = tooFewUnits(in.unitCount());
        if (few != null) {
            return few;
        }
        List<LineView> lines = in.lines();
        int n = lines.size();
        List<LineShare> shares = new ArrayList<>();
        int[] pool = new int[n];
        boolean[] pooled = new boolean[n];
        int[] skuHash = new int[n];
        for (int j = 0; j < n; j++) {
            skuHash[j] = mixed ? 0 : lines.get(j).sku().hashCode();
        }
        for (int j = 0; j < n; j++) {
            if (!pooled[j] && lines.get(j).units() > 0) {
                int size = pool(lines, skuHash, j, pool, pooled);
                if (incremental) {
                    bands(lines, pool, size, shares);
                } else {
                    allUnits(lines, pool, size, shares);
                }
            }
        }
        return shares.isEmpty() ? notReached()
                : RuleOutcome.shares(shares, 1, incremental ? "incremental tiers" : "all-units tier");
    }

    /**
     * The pool that line {@code first} opens, as positions into {@code lines} (in line order) marked as
     * pooled: the lines with units of its SKU, or all lines with units when {@code mixed}. Positions in
     * one reused array rather than a list per SKU, as most SKUs of a cart are on one line; SKUs compared
     * by their hashes first ({@code skuHash}, all 0 when mixed), which a line-by-line scan reads in a row.
     */
    private int pool(List<LineView> lines, int[] skuHash, int first, int[] pool, boolean[] pooled) {
        String sku = lines.get(first).sku();
        int hash = skuHash[first];
        int size = 0;
        for (int q = first; q < lines.size(); q++) {
            if (skuHash[q] == hash && !pooled[q] && lines.get(q).units() > 0
                    && (mixed || lines.get(q).sku().equals(sku))) {
                pooled[q] = true;
                pool[size++] = q;
            }
        }
        return size;
    }

    private void allUnits(List<LineView> lines, int[] pool, int size, List<LineShare> out) {
        long q = 0;
        for (int k = 0; k < size; k++) {
            q += lines.get(pool[k]).units();
        }
        Tier t = tiers.reached(q).orElse(null);
        if (t == null) {
            return;
        }
        ItemBenefit b = new ItemBenefit(kind, t.value());
        String basis = null;
        for (int k = 0; k < size; k++) {
            LineView v = lines.get(pool[k]);
            long d = b.discount(v.refUnit(), v.units(), Math.min(v.payable(), v.refUnit() * v.units()));
            if (d > 0) {
                basis = basis == null ? "tier ≥" + t.threshold() : basis;
                out.add(LineShare.of(v.index(), d, v.units(), basis));
            }
        }
    }

    private void bands(List<LineView> lines, int[] pool, int size, List<LineShare> out) {
        long pos = 0;
        List<Tier> bands = tiers.tiers();
        for (int j = 0; j < size; j++) {
            LineView v = lines.get(pool[j]);
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
    }
}
