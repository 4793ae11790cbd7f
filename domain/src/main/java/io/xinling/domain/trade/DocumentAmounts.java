package io.xinling.domain.trade;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.pricing.ExchangeRate;

import java.util.List;

/**
 * A document's lines and totals in its currency, and the totals in the books' currency (CNY): the net and
 * the gross are each converted once, and the book tax is their difference, so net + tax = gross holds in
 * both currencies.
 */
public record DocumentAmounts(List<LineAmounts> lines, Money net, Money tax, Money gross, ExchangeRate rate,
                              Money bookNet, Money bookTax, Money bookGross) {

    public DocumentAmounts {
        lines = List.copyOf(lines);
    }
}
