package io.xinling.domain.promotion.returns;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

/**
 * What earlier returns already took from one line: units, cash refunded and redeemed points restored; for a gift line,
 * the units handed back and the value still withheld for it ({@code withheld}: kept by the customer when a return broke
 * its condition, paid back when the gift comes back later).
 */
public record PriorReturn(Quantity quantity, Money refunded, long points, Money withheld) {

    public PriorReturn {
        if (quantity.isNegative() || refunded.isNegative() || points < 0 || withheld.isNegative()) {
            throw new IllegalArgumentException("prior returns must not be negative");
        }
    }

    public PriorReturn(Quantity quantity, Money refunded, long points) {
        this(quantity, refunded, points, Money.zero(refunded.currency()));
    }
}
