package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 2.14 搭配购: per {@code k} units of X in the cart, up to {@code j} units of Y take the benefit. A unit used
 * as a trigger is never a target: triggers come from X-only lines first, then from the cheapest shared
 * units; targets are the most expensive Y units left.
 */
public record BuyXDiscountY(Set<String> xSkus, long k, Set<String> ySkus, long j, ItemBenefit benefit) implements Rule {

    public BuyXDiscountY {
        xSkus = Set.copyOf(xSkus);
        ySkus = Set.copyOf(ySkus);
        if (k < 1 || j < 1) {
            throw new IllegalArgumentException("k and j must be positive");
        }
    }

    @Override public String type() { return "buy_x_discount_y"; }

    @Override public Stage stage() { return Stage.S2_ITEM_GROUP; }

    @Override public boolean needsUnits() { return true; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long xo = 0, yo = 0, both = 0;
        for (LineView v : in.lines()) {
            boolean x = xSkus.contains(v.sku()), y = ySkus.contains(v.sku());
            xo += x && !y ? v.units() : 0;
            yo += y && !x ? v.units() : 0;
            both += x && y ? v.units() : 0;
        }
        long t = maxTriggers(xo, yo, both, Math.min(in.usesCap(), (xo + both) / k));
        if (t == 0) {
            return RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "搭配条件未满足");
        }
        long fromShared = Math.max(0, t * k - xo);
        List<LineView> targets = new ArrayList<>();
        List<LineShare> shares = new ArrayList<>();
        reserveTriggers(in, t * k - fromShared, fromShared, targets, shares);
        RunCursor c = new RunCursor(targets, true);
        for (Piece p : c.take(t * j)) {
            long d = benefit.discount(p.unitPrice(), p.units(), p.amount());
            shares.add(LineShare.of(p.index(), d, p.units(), "搭配 " + benefit.describe()));
        }
        return RuleOutcome.shares(shares, t, "per " + k + " X, " + j + " Y");
    }

    private long maxTriggers(long xo, long yo, long both, long upper) {
        long lo = 0, hi = upper;
        while (lo < hi) {
            long mid = (lo + hi + 1) / 2;
            long shared = Math.max(0, mid * k - xo);
            if (shared <= both && mid * j <= yo + both - shared) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private void reserveTriggers(RuleInput in, long fromXOnly, long fromShared, List<LineView> targets,
                                 List<LineShare> shares) {
        long xLeft = fromXOnly;
        List<LineView> shared = new ArrayList<>();
        for (LineView v : in.lines()) {
            boolean x = xSkus.contains(v.sku()), y = ySkus.contains(v.sku());
            if (x && !y && xLeft > 0) {
                long used = Math.min(xLeft, v.units());
                xLeft -= used;
                shares.add(LineShare.of(v.index(), 0, used, "trigger"));
            } else if (x && y) {
                shared.add(v);
            } else if (y) {
                targets.add(v);
            }
        }
        shared.sort(java.util.Comparator.comparingLong(LineView::refUnit).thenComparingInt(LineView::index));
        long sLeft = fromShared;
        for (LineView v : shared) {
            long used = Math.min(sLeft, v.units());
            sLeft -= used;
            if (used > 0) {
                shares.add(LineShare.of(v.index(), 0, used, "trigger"));
            }
            targets.add(new LineView(v.index(), v.line(), v.units() - used, v.payable(), v.baseAmount(), v.baseUnit(),
                    v.refUnit(), v.floorUnit(), v.specialPriced(), v.lineUnits()));
        }
    }
}
