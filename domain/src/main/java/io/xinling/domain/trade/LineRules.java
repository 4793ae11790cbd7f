package io.xinling.domain.trade;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** The checks on one line, and its undiscounted amount {@code round(quantity × price)} half-up. */
final class LineRules {

    /** Ten trillion: far from overflow even when a document sums many lines. */
    private static final BigDecimal MAX_LINE = BigDecimal.TEN.pow(13);

    private LineRules() {
    }

    static Either<TradeError, Money> amount(int index, Currency currency, LineInput line) {
        if (!line.price().currency().equals(currency)) {
            return Either.left(new TradeError.CurrencyMismatch(index, currency.getCurrencyCode(),
                    line.price().currency().getCurrencyCode()));
        }
        if (!line.quantity().isPositive()) {
            return Either.left(new TradeError.InvalidLine(index, "quantity", "must be positive"));
        }
        if (!line.discount().isBetweenZeroAndHundred()) {
            return Either.left(new TradeError.InvalidLine(index, "discount", "must be between 0 and 100 %"));
        }
        if (line.gift() && !line.price().isZero()) {
            return Either.left(new TradeError.InvalidLine(index, "price", "a gift line has a zero price"));
        }
        if (!line.gift() && line.price().isZero()) {
            return Either.left(new TradeError.InvalidLine(index, "price", "a zero price is only allowed on a gift line"));
        }
        BigDecimal exact = line.quantity().value().multiply(line.price().value());
        if (exact.compareTo(MAX_LINE) > 0) {
            return Either.left(new TradeError.InvalidLine(index, "quantity", "quantity × price is out of range"));
        }
        return Either.right(Money.round(exact, currency, RoundingMode.HALF_UP));
    }
}
