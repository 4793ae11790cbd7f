package io.xinling.domain.accounting;

import io.xinling.domain.kernel.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The original-currency side of a voucher line on a foreign-currency account (外币核算): the amount in that currency,
 * signed like the line's non-zero side, and the rate (CNY per unit) the line was booked at. A revaluation line (C-1)
 * carries the currency with a zero original amount and the closing rate.
 */
public record ForeignAmount(Money original, BigDecimal rate) {

    public ForeignAmount {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(rate, "rate");
        if (original.currency().equals(Money.CNY) || rate.signum() <= 0) {
            throw new IllegalArgumentException("a foreign amount is in a currency other than CNY, at a positive rate");
        }
        rate = rate.stripTrailingZeros();
    }

    public ForeignAmount negate() {
        return new ForeignAmount(original.negate(), rate);
    }
}
