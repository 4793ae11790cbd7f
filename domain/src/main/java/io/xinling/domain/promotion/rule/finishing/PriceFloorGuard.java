package io.xinling.domain.promotion.rule.finishing;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

/**
 * 2.42 最低售价/最低折扣保护: a guard, not a benefit. When active it clamps the combined result of all
 * stages on each line at the SKU floor (the line's own floor, or {@code defaultMinPayBp} of the base
 * price for lines without one) and reports every clamp.
 */
public record PriceFloorGuard(long defaultMinPayBp) implements Rule, FloorGuardRule {

    public PriceFloorGuard {
        if (defaultMinPayBp < 0 || defaultMinPayBp > Amounts.BP) {
            throw new IllegalArgumentException("bad floor rate");
        }
    }

    @Override public String type() { return "price_floor_guard"; }

    @Override public Stage stage() { return Stage.S0_BASE_PRICE; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        return RuleOutcome.skip(Reason.NOT_A_CART_RULE, "guard");
    }
}
