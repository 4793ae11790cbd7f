package io.xinling.domain.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A VAT rate such as 13 %, 9 %, 6 %, 3 %, 1 % or 0 %. Splits amounts so that
 * {@code net + tax = gross} holds exactly: tax-exclusive entry rounds the tax once half-up, tax-inclusive
 * entry rounds the net once half-up, and the other part is the difference.
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

    /** Net of a tax-inclusive gross amount: round(gross / (1 + r)) half-up (spec 3.5, I-19). */
    public Money netOfGross(Money gross) {
        BigDecimal net = gross.toDecimal().divide(BigDecimal.ONE.add(rate.fraction()), 12, RoundingMode.HALF_UP);
        return Money.round(net, gross.currency(), RoundingMode.HALF_UP);
    }

    /** Tax inside a tax-inclusive gross amount: gross − net, so that net + tax = gross exactly. */
    public Money taxOfGross(Money gross) {
        return gross.minus(netOfGross(gross));
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
