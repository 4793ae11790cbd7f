package io.xinling.application.trade;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.trade.LineInput;
import io.xinling.domain.trade.PriceEntry;

import java.util.List;

/** Entered lines in typed values, ready for {@link io.xinling.domain.trade.LineCalculator}. */
record ParsedLines(ExchangeRate rate, PriceEntry entry, List<LineInput> lines, Money orderDiscount) {

    ParsedLines {
        lines = List.copyOf(lines);
    }
}
