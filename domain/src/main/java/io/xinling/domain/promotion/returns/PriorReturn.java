package io.xinling.domain.promotion.returns;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

/** What earlier returns already took from one line: units, cash refunded and redeemed points restored. */
public record PriorReturn(Quantity quantity, Money refunded, long points) {

    public PriorReturn {
        if (quantity.isNegative() || refunded.isNegative() || points < 0) {
            throw new IllegalArgumentException("prior returns must not be negative");
        }
    }
}
