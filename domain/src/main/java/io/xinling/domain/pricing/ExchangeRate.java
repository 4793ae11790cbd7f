package io.xinling.domain.pricing;

import io.vavr.control.Either;
import io.xinling.domain.kernel.DecimalText;
import io.xinling.domain.kernel.KernelError;
import io.xinling.domain.kernel.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * How many CNY one unit of a document currency is worth on a document (the books are in CNY). At most
 * {@value #SCALE} decimals; a CNY document has rate 1. Converting rounds once half-up to fen.
 */
public record ExchangeRate(Currency currency, BigDecimal rate) {

    public static final int SCALE = 6;
    public static final ExchangeRate CNY = new ExchangeRate(Money.CNY, BigDecimal.ONE);

    public ExchangeRate {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("an exchange rate is positive: " + rate);
        }
        try {
            rate = rate.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("rate " + rate + " has more than " + SCALE + " decimals", e);
        }
        if (currency.equals(Money.CNY) && rate.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("a CNY document has rate 1");
        }
    }

    /** Reads a document's currency and rate; the rate may be omitted for CNY. */
    public static Either<KernelError, ExchangeRate> parse(String field, Currency currency, String rate) {
        if (rate == null || rate.isBlank()) {
            return currency.equals(Money.CNY) ? Either.right(CNY)
                    : Either.left(new KernelError.InvalidValue(field, "a rate to CNY is required for " + currency));
        }
        BigDecimal value;
        try {
            value = DecimalText.parse(rate);
        } catch (NumberFormatException e) {
            return Either.left(new KernelError.InvalidValue(field, "'" + rate + "' is not a decimal number"));
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            return Either.left(new KernelError.TooManyDecimals(field, rate.trim(), SCALE));
        }
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            return Either.left(new KernelError.InvalidValue(field, "a rate is positive and at most 1000000"));
        }
        if (currency.equals(Money.CNY) && value.compareTo(BigDecimal.ONE) != 0) {
            return Either.left(new KernelError.InvalidValue(field, "a CNY document has rate 1"));
        }
        return Either.right(new ExchangeRate(currency, value));
    }

    /** The CNY amount of a document amount: round(amount × rate) half-up. */
    public Money toBook(Money amount) {
        if (!amount.currency().equals(currency)) {
            throw new IllegalArgumentException("rate for " + currency + " applied to " + amount);
        }
        return Money.round(amount.toDecimal().multiply(rate), Money.CNY, RoundingMode.HALF_UP);
    }

    public String format() {
        return rate.stripTrailingZeros().toPlainString();
    }
}
