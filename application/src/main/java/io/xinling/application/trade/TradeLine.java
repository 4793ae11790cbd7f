package io.xinling.application.trade;

import io.xinling.domain.trade.LineInput;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a purchase or sales document: the priced input, the unit its quantity and price are in
 * (any unit of the SKU), for a return the 1-based line of the
 * delivery (or, for a purchase return, the receipt) it returns, for a delivery or receipt against an order the
 * 1-based line of the order, and the batch or serials of the goods.
 */
public record TradeLine(LineInput input, String unit, Optional<Integer> deliveryLine, Optional<Integer> orderLine,
                        LineStock stock) {

    public TradeLine {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(deliveryLine, "deliveryLine");
        Objects.requireNonNull(orderLine, "orderLine");
        Objects.requireNonNull(stock, "stock");
    }

    /** A line that names no batch and no serials. */
    public TradeLine(LineInput input, String unit, Optional<Integer> deliveryLine, Optional<Integer> orderLine) {
        this(input, unit, deliveryLine, orderLine, LineStock.NONE);
    }
}
