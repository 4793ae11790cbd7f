package io.xinling.domain.kernel;

import io.vavr.control.Either;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quantity with at most {@value #SCALE} decimals, held at scale {@value #SCALE} so that
 * record equality is numeric equality. The unit is not part of the value: a quantity in a document
 * unit is a {@link UnitQuantity}, the stock ledger keeps base-unit quantities.
 */
public record Quantity(BigDecimal value) implements Comparable<Quantity> {

    public static final int SCALE = 6;
    /** Input with more integer digits is refused as out of range (it could only be a typo or an attack). */
    private static final int MAX_INTEGER_DIGITS = 24;
    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO);
    public static final Quantity ONE = new Quantity(BigDecimal.ONE);

    public Quantity {
        Objects.requireNonNull(value, "value");
        try {
            value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("quantity " + value + " has more than " + SCALE + " decimals", e);
        }
    }

    public static Quantity of(long whole) {
        return new Quantity(BigDecimal.valueOf(whole));
    }

    public static Quantity of(String decimal) {
        return new Quantity(new BigDecimal(decimal));
    }

    /** Parses client input: refuses malformed numbers and more than {@value #SCALE} decimals. */
    public static Either<KernelError, Quantity> parse(String field, String decimal) {
        if (decimal == null || decimal.isBlank()) {
            return Either.left(new KernelError.InvalidValue(field, "a quantity is required"));
        }
        BigDecimal value;
        try {
            value = DecimalText.parse(decimal);
        } catch (NumberFormatException e) {
            return Either.left(new KernelError.InvalidValue(field, "'" + decimal + "' is not a decimal number"));
        }
        return ofDecimal(field, value);
    }

    public static Either<KernelError, Quantity> ofDecimal(String field, BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            return Either.left(new KernelError.TooManyDecimals(field, Money.shown(value), SCALE));
        }
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            return Either.left(new KernelError.InvalidValue(field, "quantity out of range"));
        }
        return Either.right(new Quantity(value));
    }

    public Quantity plus(Quantity other) {
        return new Quantity(value.add(other.value));
    }

    public Quantity minus(Quantity other) {
        return new Quantity(value.subtract(other.value));
    }

    public Quantity negate() {
        return new Quantity(value.negate());
    }

    public Quantity abs() {
        return signum() < 0 ? negate() : this;
    }

    public int signum() {
        return value.signum();
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public Quantity min(Quantity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Quantity max(Quantity other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.value);
    }

    /** The shortest decimal string, e.g. {@code "2.5"} or {@code "24"}. */
    public String format() {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    @Override
    public String toString() {
        return format();
    }
}
