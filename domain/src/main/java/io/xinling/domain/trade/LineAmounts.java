package io.xinling.domain.trade;

import io.xinling.domain.kernel.Money;

/**
 * The amounts of one line, in the document currency. {@code amount} is quantity × price rounded once;
 * the line discount and this line's share of the order discount come off it, in the entry's terms
 * (gross when prices include tax, net otherwise); then {@code net + tax = gross} exactly (I-19).
 */
public record LineAmounts(Money amount, Money lineDiscount, Money orderDiscount, Money net, Money tax, Money gross) {

    public LineAmounts {
        if (!net.plus(tax).equals(gross)) {
            throw new IllegalStateException("net + tax != gross: " + net + " + " + tax + " != " + gross);
        }
    }
}
