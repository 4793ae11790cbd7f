package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.UnitSelection;

/**
 * 2.11 第N件N折 / 第二件半价: units grouped N at a time; in each complete group the cheapest unit takes
 * the benefit. {@code CUSTOMER_BEST} cuts groups from units sorted by price descending; {@code
 * MERCHANT_BEST} discounts the cheapest ⌊n/N⌋ units. The benefit is spread over the group's units.
 */
public record NthUnitDiscount(long n, ItemBenefit benefit, long maxGroups, UnitSelection selection) implements Rule {

    public NthUnitDiscount {
        if (n < 2) {
            throw new IllegalArgumentException("n must be at least 2");
        }
    }

    @Override public String type() { return "nth_unit_discount"; }

    @Override public Stage stage() { return Stage.S2_ITEM_GROUP; }

    @Override public boolean needsUnits() { return true; }

    @Override
    public RuleOutcome.Skip tooFewUnits(long units) {
        return units < n ? RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "还差" + (n - units) + "件") : null;
    }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        long total = in.unitCount();
        RuleOutcome.Skip few = tooFewUnits(total);
        if (few != null) {
            return few;
        }
        long cap = Math.min(maxGroups, in.usesCap());
        UnitSelection sel = selection == null ? in.policy().unitSelection() : selection;
        String basis = "第" + n + "件 " + benefit.describe();
        RuleOutcome.Benefit b = sel == UnitSelection.CUSTOMER_BEST
                ? Deals.consecutive(new RunCursor(in.lines(), true), n, 1, cap, this::targetDiscount, basis)
                : Deals.cheapestTargets(in.lines(), n, 1, Math.min(total / n, cap), this::targetDiscount, basis);
        return b.shares().isEmpty() ? RuleOutcome.skip(Reason.NO_BENEFIT, "") : b;
    }

    private long targetDiscount(Deal d) {
        return d.overTargets(benefit::discount);
    }
}
