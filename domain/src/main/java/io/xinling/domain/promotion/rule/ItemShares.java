package io.xinling.domain.promotion.rule;

import io.xinling.domain.promotion.Reason;

import java.util.List;
import java.util.function.Function;

/**
 * Builds S1 outcomes line by line, honouring the units cap (限购, activity stock, a coupon's units) in line
 * order. A cap counts units: a line of fractional quantity q that fits in what is left of the cap takes the
 * benefit on its whole quantity and uses ⌈q⌉ units of it; otherwise only the whole units left of the cap take
 * it and the rest of the quantity, fraction included, stays at the current price (spec 2.1).
 */
public final class ItemShares {

    private ItemShares() {
    }

    /** Applies the same per-unit benefit to every line (built and described once, not per line). */
    public static RuleOutcome of(RuleInput in, ItemBenefit benefit) {
        return of(in, benefit, null);
    }

    /** Applies a per-unit benefit chosen per line ({@code null} = not for this line). */
    public static RuleOutcome of(RuleInput in, Function<LineView, ItemBenefit> benefitFor) {
        return of(in, null, benefitFor);
    }

    /** {@code same} on every line, or else {@code benefitFor} each line's own. */
    private static RuleOutcome of(RuleInput in, ItemBenefit same, Function<LineView, ItemBenefit> benefitFor) {
        List<LineView> lines = in.lines();
        int n = lines.size();
        int[] index = new int[n];
        long[] amounts = new long[n];
        long[] covers = new long[n];
        // one basis per share only when the benefit differs from line to line
        String[] bases = same != null ? null : new String[n];
        int count = 0;
        long capLeft = in.unitCap();
        ItemBenefit described = null;
        String description = null;
        for (int j = 0; j < lines.size(); j++) {
            LineView v = lines.get(j);
            ItemBenefit b = same != null ? same : benefitFor.apply(v);
            if (b == null || capLeft <= 0) {
                continue;
            }
            long units = v.lineUnits();
            long started = units > 0 ? units : Amounts.startedUnits(v.line().quantity());
            long d;
            long covered;
            if (capLeft < started) {
                covered = capLeft;
                long amount = b.kind() != ItemBenefit.Kind.PAY_RATE ? v.refUnit() * covered
                        : units > 0 ? Amounts.mulDivHalfUp(v.payable(), covered, units)
                        : Amounts.partOf(v.payable(), covered, v.line().quantity());
                d = b.discount(v.refUnit(), covered, amount);
            } else {
                covered = started;
                d = b.discountOnLine(v);
            }
            if (d > 0) {
                capLeft -= covered;
                if (!b.equals(described)) {
                    described = b;
                    description = b.describe();
                }
                index[count] = v.index();
                amounts[count] = d;
                covers[count] = covered;
                if (bases != null) {
                    bases[count] = description;
                }
                count++;
            }
        }
        if (count == 0) {
            if (in.lines().isEmpty()) {
                return RuleOutcome.skip(Reason.NO_ELIGIBLE_ITEMS, "");
            }
            // no unit left at the promotional price (activity stock, per-customer or per-order units): sold out, say so
            return in.unitCap() == 0 ? RuleOutcome.skip(Reason.LIMIT_REACHED, "活动库存或限购件数已用完")
                    : RuleOutcome.skip(Reason.NO_BENEFIT, "");
        }
        return RuleOutcome.shares(LineShares.owning(index, amounts, covers, description, bases, count), 1, "per unit");
    }
}
