package io.xinling.application.trade;

import io.xinling.domain.trade.LineInput;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a purchase or sales document: the priced input, the unit its quantity and price are in
 * (any unit of the SKU), and for a return the 1-based line of the delivery it returns.
 */
public record TradeLine(LineInput input, String unit, Optional<Integer> deliveryLine) {

    public TradeLine {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(deliveryLine, "deliveryLine");
    }
}
