package io.xinling.domain.promotion.rule.group;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;
import io.xinling.domain.promotion.UnitSelection;

/**
 * 2.16 N元任选 / 打包一口价: any N units of the pool for P, repeated per N units. {@code CUSTOMER_BEST}
 * puts the most expensive units into deals first, {@code MERCHANT_BEST} the cheapest; a deal whose
 * regular sum is ≤ P is not formed.
 */
public record NForPrice(long n, long price, UnitSelection selection) implements Rule {

    public NForPrice {
        if (n < 1 || price < 0) {
            throw new IllegalArgumentException("n must be positive and the price not negative");
        }
    }

    @Override public String type() { return "n_for_price"; }

    @Override public Stage stage() { return Stage.S2_ITEM_GROUP; }

    @Override public boolean needsUnits() { return true; }

    @Override
    public RuleOutcome.Skip tooFewUnits(long units) {
        return units < n ? RuleOutcome.skip(Reason.THRESHOLD_NOT_MET, "还差" + (n - units) + "件") : null;
    }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        RuleOutcome.Skip few = tooFewUnits(in.unitCount());
        if (few != null) {
            return few;
        }
        UnitSelection sel = selection == null ? in.policy().unitSelection() : selection;
        RunCursor c = new RunCursor(in.lines(), sel == UnitSelection.CUSTOMER_BEST);
        RuleOutcome.Benefit b = Deals.consecutive(c, n, n, in.usesCap(), d -> d.regularAmount() - price,
                n + Amounts.yuan("件", price, "元"));
        return b.shares().isEmpty() ? RuleOutcome.skip(Reason.NO_BENEFIT, "一口价不低于原价") : b;
    }
}
