package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.domain.kernel.DecimalText;
import io.xinling.domain.kernel.KernelError;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Percentage;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.pricing.UnitPrice;
import io.xinling.domain.trade.DocumentAmounts;
import io.xinling.domain.trade.LineCalculator;
import io.xinling.domain.trade.LineInput;
import io.xinling.domain.trade.PriceEntry;
import io.xinling.domain.trade.TradeError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Parses entered lines and computes their amounts; pure, no transaction. */
public final class LineAmountsService implements CalculateLineAmountsUseCase {

    private static final int MAX_LINES = 1000;

    @Override
    public Either<TradeError, DocumentAmounts> calculate(CalculateCommand c) {
        return parse(c).flatMap(p -> LineCalculator.calculate(p.rate(), p.entry(), p.lines(), p.orderDiscount()));
    }

    /** The entered document in typed values, every field checked; what purchase and sales documents store. */
    static Either<TradeError, ParsedLines> parse(CalculateCommand c) {
        if (c.lines() == null || c.lines().isEmpty() || c.lines().size() > MAX_LINES) {
            return Either.left(new TradeError.InvalidLine(-1, "lines", "1 to " + MAX_LINES + " lines"));
        }
        Currency currency;
        try {
            currency = c.currency() == null ? Money.CNY : Currency.getInstance(c.currency().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Either.left(new TradeError.InvalidLine(-1, "currency", "an ISO 4217 code"));
        }
        PriceEntry entry = "tax-exclusive".equals(c.priceEntry()) ? PriceEntry.TAX_EXCLUSIVE : PriceEntry.TAX_INCLUSIVE;
        if (c.priceEntry() != null && !c.priceEntry().equals("tax-exclusive") && !c.priceEntry().equals("tax-inclusive")) {
            return Either.left(new TradeError.InvalidLine(-1, "priceEntry", "tax-inclusive or tax-exclusive"));
        }
        Either<KernelError, ExchangeRate> rate = ExchangeRate.parse("exchangeRate", currency, c.exchangeRate());
        Either<KernelError, Money> discount = c.orderDiscount() == null ? Either.right(Money.zero(currency))
                : Money.parse("orderDiscount", c.orderDiscount(), currency);
        if (rate.isLeft() || discount.isLeft()) {
            return Either.left(new TradeError.InvalidValue(rate.isLeft() ? rate.getLeft() : discount.getLeft()));
        }
        List<LineInput> lines = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            Either<TradeError, LineInput> line = line(i, c.lines().get(i), currency);
            if (line.isLeft()) {
                return Either.left(line.getLeft());
            }
            lines.add(line.get());
        }
        return Either.right(new ParsedLines(rate.get(), entry, lines, discount.get()));
    }

    private static Either<TradeError, LineInput> line(int i, LineText t, Currency currency) {
        if (t == null || t.sku() == null || t.sku() <= 0) {
            return Either.left(new TradeError.InvalidLine(i, "sku", "a positive sku id"));
        }
        String at = "lines[" + i + "].";
        Either<KernelError, Quantity> quantity = Quantity.parse(at + "quantity", t.quantity());
        Either<KernelError, UnitPrice> price = UnitPrice.parse(at + "price", t.price(), currency);
        Either<KernelError, Percentage> discount = percent(at + "discountPercent", t.discountPercent() == null ? "0" : t.discountPercent());
        Either<KernelError, Percentage> tax = percent(at + "taxRatePercent", t.taxRatePercent());
        for (Either<KernelError, ?> e : List.of(quantity, price, discount, tax)) {
            if (e.isLeft()) {
                return Either.left(new TradeError.InvalidValue(e.getLeft()));
            }
        }
        if (!tax.get().isBetweenZeroAndHundred()) {
            return Either.left(new TradeError.InvalidLine(i, "taxRatePercent", "between 0 and 100"));
        }
        return Either.right(new LineInput(t.sku(), quantity.get(), price.get(), discount.get(), new TaxRate(tax.get()),
                Boolean.TRUE.equals(t.gift())));
    }

    static Either<KernelError, Percentage> percent(String field, String text) {
        if (text == null || text.isBlank()) {
            return Either.left(new KernelError.InvalidValue(field, "a percentage is required"));
        }
        try {
            BigDecimal fraction = DecimalText.parse(text).movePointLeft(2);
            if (fraction.stripTrailingZeros().scale() > Percentage.SCALE) {
                return Either.left(new KernelError.TooManyDecimals(field, text.strip(), Percentage.SCALE - 2));
            }
            return Either.right(new Percentage(fraction));
        } catch (NumberFormatException e) {
            return Either.left(new KernelError.InvalidValue(field, "'" + text + "' is not a decimal number"));
        }
    }
}
