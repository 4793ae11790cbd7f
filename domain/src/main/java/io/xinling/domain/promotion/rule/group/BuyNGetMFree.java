package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.UnitSelection;

import java.util.ArrayList;
import java.util.List;

/**
 * 2.12 买N送M (same pool). {@code CONVERT}: in each complete group of N+M units the M cheapest are free,
 * spread over the group (GROUP_PRORATA). {@code ADD}: for each N bought, M more units of the same SKU are
 * added as a gift line. Free quantities are always whole.
 */
public record BuyNGetMFree(long n, long m, boolean addMode, long maxGroups, UnitSelection selection) implements Rule {

    public BuyNGetMFree {
        if (n < 1 || m < 1) {
            throw new IllegalArgumentException("n and m must be positive");
        }
    }

    @Override public String type() { return "buy_n_get_m_free"; }

    @Override public Stage stage() { return Stage.S2_ITEM_GROUP; }

    @Override public boolean needsUnits() { return true; }

    @Override
    public RuleOutcome.Skip tooFewUnits(long units) {
        if (addMode) {
            return FreeGoods.tooFew(units, n, m);
        }
        return units < n + m ? RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "还差" + (n + m - units) + "件") : null;
    }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long total = in.unitCount();
        RuleOutcome.Skip few = tooFewUnits(total);
        if (few != null) {
            return few;
        }
        long cap = Math.min(maxGroups, in.usesCap());
        if (addMode) {
            return FreeGoods.add(in, n, m, cap, null, -1, type());
        }
        long size = n + m;
        UnitSelection sel = selection == null ? in.policy().unitSelection() : selection;
        String basis = "买" + n + "送" + m;
        RuleOutcome.Benefit b = sel == UnitSelection.CUSTOMER_BEST
                ? Deals.consecutive(new RunCursor(in.lines(), true), size, m, cap, Deal::targetAmount, basis)
                : Deals.cheapestTargets(in.lines(), size, m, Math.min(total / size, cap), Deal::targetAmount, basis);
        return b.shares().isEmpty() ? RuleOutcome.skip(Reason.NO_BENEFIT, "") : b;
    }

    static List<LineShare> consumed(List<LineView> lines, long units, String basis) {
        List<LineShare> out = new ArrayList<>();
        long left = units;
        for (LineView v : lines) {
            long k = Math.min(left, v.units());
            if (k > 0) {
                out.add(LineShare.of(v.index(), 0, k, basis));
                left -= k;
            }
        }
        return out;
    }
}
