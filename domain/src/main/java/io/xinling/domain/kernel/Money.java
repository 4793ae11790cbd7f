package io.xinling.domain.kernel;

import io.vavr.control.Either;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount in minor units of its currency (fen for CNY). Arithmetic is overflow-checked and
 * refuses mixed currencies; multiplication by a non-integer always names its rounding rule; input
 * with more decimals than the currency has is refused, never rounded.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public static final Currency CNY = Currency.getInstance("CNY");

    /** Digits of Long.MAX_VALUE: an input with more integer digits cannot fit in minor units. */
    private static final int LONG_DIGITS = 19;

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency without minor units: " + currency);
        }
    }

    public static Money of(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public static Money cny(long minor) {
        return new Money(minor, CNY);
    }

    /** Parses a decimal string such as {@code "12.30"}; for code and tests, throws on bad input. */
    public static Money of(String decimal, Currency currency) {
        return parse("amount", decimal, currency).getOrElseThrow(e -> new IllegalArgumentException(e.message()));
    }

    public static Money cny(String decimal) {
        return of(decimal, CNY);
    }

    /** Parses a decimal string; more decimals than the currency has is an error, never rounded. */
    public static Either<KernelError, Money> parse(String field, String decimal, Currency currency) {
        if (decimal == null || decimal.isBlank()) {
            return Either.left(new KernelError.InvalidValue(field, "an amount is required"));
        }
        BigDecimal value;
        try {
            value = DecimalText.parse(decimal);
        } catch (NumberFormatException e) {
            return Either.left(new KernelError.InvalidValue(field, "'" + decimal + "' is not a decimal number"));
        }
        return ofDecimal(field, value, currency);
    }

    /** Converts an exact decimal; more decimals than the currency has is an error. */
    public static Either<KernelError, Money> ofDecimal(String field, BigDecimal value, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > digits) {
            return Either.left(new KernelError.TooManyDecimals(field, shown(value), digits));
        }
        if (stripped.precision() - stripped.scale() > LONG_DIGITS) {
            return Either.left(new KernelError.InvalidValue(field, "amount out of range"));
        }
        BigInteger minor = value.movePointRight(digits).toBigIntegerExact();
        if (minor.bitLength() > 63) {
            return Either.left(new KernelError.InvalidValue(field, "amount out of range"));
        }
        return Either.right(new Money(minor.longValueExact(), currency));
    }

    /** Rounds an exact decimal to minor units by the named rule. */
    public static Money round(BigDecimal value, Currency currency, RoundingMode rule) {
        BigDecimal scaled = value.setScale(currency.getDefaultFractionDigits(), rule);
        return new Money(scaled.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
    }

    public int fractionDigits() {
        return currency.getDefaultFractionDigits();
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, fractionDigits());
    }

    /** The decimal string with exactly the currency's decimals, e.g. {@code "12.30"}. */
    public String format() {
        return toDecimal().toPlainString();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    public Money abs() {
        return minor < 0 ? negate() : this;
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    /** Multiplies by an exact factor (a quantity, a rate) and rounds once by the named rule. */
    public Money times(BigDecimal factor, RoundingMode rule) {
        return round(toDecimal().multiply(factor), currency, rule);
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    /**
     * Splits this amount into parts proportional to {@code weights} by largest remainder: each part
     * first gets the floor of its exact share, then the leftover minor units go one each to the parts
     * with the largest remainders, ties to the earlier part. The parts always sum to this amount and
     * each is within one minor unit of its exact share. A negative amount is split as its magnitude.
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        return Arrays.stream(allocateMinor(minor, weights)).mapToObj(m -> new Money(m, currency)).toList();
    }

    /** {@link #allocate(List)} with integer weights. */
    public List<Money> allocate(long... weights) {
        List<BigDecimal> w = new ArrayList<>(weights.length);
        for (long weight : weights) {
            w.add(BigDecimal.valueOf(weight));
        }
        return allocate(w);
    }

    static long[] allocateMinor(long total, List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("allocation needs at least one weight");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w.signum() < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            sum = sum.add(w);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        boolean negative = total < 0;
        BigInteger magnitude = BigInteger.valueOf(total).abs();
        int n = weights.size();
        long[] parts = new long[n];
        BigDecimal[] remainders = new BigDecimal[n];
        long given = 0;
        BigDecimal amount = new BigDecimal(magnitude);
        for (int i = 0; i < n; i++) {
            BigDecimal[] qr = amount.multiply(weights.get(i)).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        long left = magnitude.longValueExact() - given;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byRemainder = remainders[b].compareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
        });
        for (int k = 0; k < left; k++) {
            parts[order[k]]++;
        }
        if (negative) {
            for (int i = 0; i < n; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }

    /** Small-change rounding (抹零) of this amount by the given mode. */
    public Money roundSmallChange(SmallChangeRounding mode) {
        long step = mode.stepMinor(fractionDigits());
        return new Money(Math.multiplyExact(divide(minor, step, mode.mode()), step), currency);
    }

    /** {@code a ÷ b} ({@code b > 0}) rounded by {@code mode}, as {@link BigDecimal#divide} rounds it, in longs. */
    static long divide(long a, long b, RoundingMode mode) {
        long q = a / b;
        long r = a % b;
        if (r == 0 || b <= 0 || mode == RoundingMode.UNNECESSARY) {
            return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 0, mode).longValueExact();
        }
        long away = r < 0 ? q - 1 : q + 1;
        long rest = Math.abs(r);
        int half = Long.compare(rest, b - rest);
        return switch (mode) {
            case DOWN -> q;
            case UP -> away;
            case FLOOR -> r < 0 ? away : q;
            case CEILING -> r > 0 ? away : q;
            case HALF_UP -> half >= 0 ? away : q;
            case HALF_DOWN -> half > 0 ? away : q;
            case HALF_EVEN -> half > 0 || half == 0 && (q & 1) != 0 ? away : q;
            case UNNECESSARY -> throw new ArithmeticException("Rounding necessary");
        };
    }

    /** The plain decimal, or scientific notation when the plain one would be absurdly long (1E-999999999). */
    static String shown(BigDecimal value) {
        return Math.abs((long) value.scale()) <= 64 ? value.toPlainString() : value.toString();
    }

    static long pow10(int digits) {
        long result = 1;
        for (int i = 0; i < digits; i++) {
            result = Math.multiplyExact(result, 10L);
        }
        return result;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("mixed currencies: " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return format() + " " + currency.getCurrencyCode();
    }
}
