package io.xinling.domain.pricing;

import io.vavr.control.Either;
import io.xinling.domain.kernel.DecimalText;
import io.xinling.domain.kernel.KernelError;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * A non-negative price per unit with at most {@value #SCALE} decimals (the spec's default price scale),
 * held at that scale so that equality is numeric. Input with more decimals is refused, never rounded.
 */
public record UnitPrice(BigDecimal value, Currency currency) {

    public static final int SCALE = 4;
    private static final int MAX_INTEGER_DIGITS = 14;

    public UnitPrice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a price must not be negative: " + value);
        }
        try {
            value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("price " + value + " has more than " + SCALE + " decimals", e);
        }
    }

    public static UnitPrice of(String decimal, Currency currency) {
        return new UnitPrice(new BigDecimal(decimal), currency);
    }

    public static Either<KernelError, UnitPrice> parse(String field, String decimal, Currency currency) {
        if (decimal == null || decimal.isBlank()) {
            return Either.left(new KernelError.InvalidValue(field, "a price is required"));
        }
        BigDecimal value;
        try {
            value = DecimalText.parse(decimal);
        } catch (NumberFormatException e) {
            return Either.left(new KernelError.InvalidValue(field, "'" + decimal + "' is not a decimal number"));
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            return Either.left(new KernelError.TooManyDecimals(field, decimal.trim(), SCALE));
        }
        if (value.signum() < 0) {
            return Either.left(new KernelError.InvalidValue(field, "a price must not be negative"));
        }
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            return Either.left(new KernelError.InvalidValue(field, "price out of range"));
        }
        return Either.right(new UnitPrice(value, currency));
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    /** The shortest decimal string, at least the currency's decimals ({@code "12.50"}, {@code "0.1234"}). */
    public String format() {
        BigDecimal stripped = value.stripTrailingZeros();
        int digits = Math.max(currency.getDefaultFractionDigits(), Math.max(stripped.scale(), 0));
        return value.setScale(digits, RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public String toString() {
        return format() + " " + currency.getCurrencyCode();
    }
}
