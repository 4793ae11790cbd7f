package io.xinling.domain.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A VAT rate such as 13 %, 9 %, 6 %, 3 %, 1 % or 0 %. Splits amounts so that
 * {@code net + tax = gross} holds exactly: tax is rounded once half-up and the other part is the
 * difference.
 */
public record TaxRate(Percentage rate) {

    public static final TaxRate ZERO = new TaxRate(Percentage.ZERO);

    public TaxRate {
        Objects.requireNonNull(rate, "rate");
        if (!rate.isBetweenZeroAndHundred()) {
            throw new IllegalArgumentException("tax rate must be between 0 and 100 %: " + rate);
        }
    }

    public static TaxRate ofPercent(String percent) {
        return new TaxRate(Percentage.ofPercent(percent));
    }

    /** Tax inside a tax-inclusive gross amount: round(gross × r / (1 + r)) half-up. */
    public Money taxOfGross(Money gross) {
        BigDecimal r = rate.fraction();
        BigDecimal tax = gross.toDecimal().multiply(r).divide(BigDecimal.ONE.add(r), 12, RoundingMode.HALF_UP);
        return Money.round(tax, gross.currency(), RoundingMode.HALF_UP);
    }

    /** Tax on a tax-exclusive net amount: round(net × r) half-up. */
    public Money taxOfNet(Money net) {
        return net.times(rate.fraction(), RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return rate.toString();
    }
}
