package io.xinling.domain.promotion.rule;

import io.xinling.domain.kernel.Quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Exact long arithmetic on minor units and basis points, rounding named at each step. */
public final class Amounts {

    public static final long BP = 10_000;

    private Amounts() {
    }

    /** {@code round_half_up(amount × payBp / 10000)} for a non-negative amount. */
    public static long applyRate(long amount, long payBp) {
        return mulDivHalfUp(amount, payBp, BP);
    }

    /** {@code round_half_up(a × b / c)} for non-negative operands. */
    public static long mulDivHalfUp(long a, long b, long c) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi == 0 && lo >= 0) {
            return lo / c + (lo % c >= c - lo % c ? 1 : 0);
        }
        BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(c));
        long q = qr[0].longValueExact();
        return qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(c)) >= 0 ? q + 1 : q;
    }

    /** {@code floor(a × b / c)} for non-negative operands. */
    public static long mulDivFloor(long a, long b, long c) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi == 0 && lo >= 0) {
            return lo / c;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }

    /** A unit amount times a quantity, half up (exact for whole quantities). */
    public static long times(long unitMinor, Quantity quantity) {
        long whole = wholeUnits(quantity);
        if (whole > 0) {
            return Math.multiplyExact(unitMinor, whole);
        }
        return BigDecimal.valueOf(unitMinor).multiply(quantity.value()).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The quantity as whole units, or 0 when it has a fraction. */
    public static long wholeUnits(Quantity quantity) {
        BigDecimal v = quantity.value();
        BigInteger unscaled = v.unscaledValue();
        if (unscaled.bitLength() < 63 && v.scale() == Quantity.SCALE) {
            long micro = unscaled.longValue();
            return micro % MICRO == 0 ? micro / MICRO : 0;
        }
        BigDecimal[] qr = v.divideAndRemainder(BigDecimal.ONE);
        return qr[1].signum() == 0 ? qr[0].longValueExact() : 0;
    }

    private static final long MICRO = 1_000_000L;

    /**
     * The whole units a quantity counts for groups, quantity thresholds and caps: ⌊quantity⌋ (2.5 counts 2; a
     * fraction of a unit never completes a group nor takes a capped promotional price).
     */
    public static long countedUnits(Quantity quantity) {
        long whole = wholeUnits(quantity);
        return whole > 0 ? whole : quantity.value().setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** The units a quantity starts: ⌈quantity⌉ (2.5 starts 3), what a whole fractional line uses of a cap. */
    public static long startedUnits(Quantity quantity) {
        long whole = wholeUnits(quantity);
        return whole > 0 ? whole : quantity.value().setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** {@code round_half_up(amount × units / quantity)}: the part of a line amount that {@code units} of its quantity carry. */
    public static long partOf(long amount, long units, Quantity quantity) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(units))
                .divide(quantity.value(), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code payable ÷ quantity}, half up: the reference unit price of a line. */
    public static long unitOf(long payable, Quantity quantity) {
        long whole = wholeUnits(quantity);
        if (whole > 0) {
            return mulDivHalfUp(payable, 1, whole);
        }
        return BigDecimal.valueOf(payable).divide(quantity.value(), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * Formats minor units with two decimals, for labels and messages ("12.30", "-0.05"). One concatenation of
     * longs, which sizes and fills the string's bytes once: the engine formats amounts for every near miss and
     * shortfall it explains.
     */
    public static String yuan(long minor) {
        if (minor == Long.MIN_VALUE) {
            return java.math.BigDecimal.valueOf(minor, 2).toPlainString();
        }
        long abs = Math.abs(minor);
        long cents = abs % 100;
        return (minor < 0 ? "-" : "") + abs / 100 + (cents < 10 ? ".0" : ".") + cents;
    }

    /** {@code prefix + yuan(minor) + suffix} for an amount that is not negative, in one concatenation. */
    public static String yuan(String prefix, long minor, String suffix) {
        if (minor < 0) {
            return prefix + yuan(minor) + suffix;
        }
        long cents = minor % 100;
        return prefix + minor / 100 + (cents < 10 ? ".0" : ".") + cents + suffix;
    }

    /** {@code prefix + yuan(a) + middle + yuan(b) + suffix}, in one concatenation when neither amount is negative. */
    public static String yuan(String prefix, long a, String middle, long b, String suffix) {
        if (a < 0 || b < 0) {
            return prefix + yuan(a) + middle + yuan(b) + suffix;
        }
        long ca = a % 100;
        long cb = b % 100;
        return prefix + a / 100 + (ca < 10 ? ".0" : ".") + ca + middle + b / 100 + (cb < 10 ? ".0" : ".") + cb + suffix;
    }
}
