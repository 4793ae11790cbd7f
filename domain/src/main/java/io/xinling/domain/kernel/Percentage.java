package io.xinling.domain.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rate held as a fraction of one (12.5 % is 0.125), at scale {@value #SCALE}, with a
 * basis-point view. Applying it to money names the rounding rule.
 */
public record Percentage(BigDecimal fraction) implements Comparable<Percentage> {

    public static final int SCALE = 8;
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
    public static final Percentage HUNDRED = new Percentage(BigDecimal.ONE);

    public Percentage {
        Objects.requireNonNull(fraction, "fraction");
        try {
            fraction = fraction.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("rate " + fraction + " is finer than " + SCALE + " decimals", e);
        }
    }

    /** From a percent figure: {@code ofPercent("12.5")} is 12.5 %. */
    public static Percentage ofPercent(String percent) {
        return new Percentage(new BigDecimal(percent).movePointLeft(2));
    }

    public static Percentage ofBasisPoints(long basisPoints) {
        return new Percentage(BigDecimal.valueOf(basisPoints, 4));
    }

    public BigDecimal percent() {
        return fraction.movePointRight(2).stripTrailingZeros();
    }

    /** The rate in whole basis points; refuses a rate finer than one basis point. */
    public long basisPoints() {
        return fraction.movePointRight(4).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    public Money of(Money amount, RoundingMode rule) {
        return amount.times(fraction, rule);
    }

    public Percentage complement() {
        return new Percentage(BigDecimal.ONE.subtract(fraction));
    }

    public boolean isBetweenZeroAndHundred() {
        return fraction.signum() >= 0 && fraction.compareTo(BigDecimal.ONE) <= 0;
    }

    @Override
    public int compareTo(Percentage other) {
        return fraction.compareTo(other.fraction);
    }

    @Override
    public String toString() {
        return percent().toPlainString() + "%";
    }
}
