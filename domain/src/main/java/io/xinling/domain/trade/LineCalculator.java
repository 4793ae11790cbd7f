package io.xinling.domain.trade;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.pricing.ExchangeRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Line amounts for every document to come (spec 3.5, I-19):
 * <ol>
 *   <li>{@code amount = round(quantity × price)} half-up;</li>
 *   <li>{@code lineDiscount = round(amount × discount rate)} half-up;</li>
 *   <li>the order discount is allocated to lines by largest remainder in proportion to
 *       {@code amount − lineDiscount}, so the parts sum to it exactly;</li>
 *   <li>what is left is the line gross (tax-inclusive entry: {@code net = round(gross / (1 + r))},
 *       {@code tax = gross − net}) or the line net (tax-exclusive: {@code tax = round(net × r)},
 *       {@code gross = net + tax}).</li>
 * </ol>
 * Gift lines must have a zero price, have zero amounts and take no share of the order discount.
 */
public final class LineCalculator {

    private LineCalculator() {
    }

    public static Either<TradeError, DocumentAmounts> calculate(ExchangeRate rate, PriceEntry entry,
                                                                List<LineInput> lines, Money orderDiscount) {
        Currency currency = rate.currency();
        Either<TradeError, List<Money>> checked = check(currency, lines, orderDiscount);
        if (checked.isLeft()) {
            return Either.left(checked.getLeft());
        }
        List<Money> amounts = checked.get();
        List<Money> lineDiscounts = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        Money afterLine = Money.zero(currency);
        for (int i = 0; i < lines.size(); i++) {
            Money discount = amounts.get(i).times(lines.get(i).discount().fraction(), RoundingMode.HALF_UP);
            lineDiscounts.add(discount);
            Money after = amounts.get(i).minus(discount);
            weights.add(after.toDecimal());
            afterLine = afterLine.plus(after);
        }
        if (orderDiscount.compareTo(afterLine) > 0) {
            return Either.left(new TradeError.OrderDiscountExceedsLines(orderDiscount.format(), afterLine.format()));
        }
        List<Money> shares = orderDiscount.isZero() ? zeros(currency, lines.size()) : orderDiscount.allocate(weights);
        List<LineAmounts> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Money entered = amounts.get(i).minus(lineDiscounts.get(i)).minus(shares.get(i));
            result.add(split(entry, lines.get(i), amounts.get(i), lineDiscounts.get(i), shares.get(i), entered));
        }
        return Either.right(totals(rate, result));
    }

    private static LineAmounts split(PriceEntry entry, LineInput line, Money amount, Money lineDiscount,
                                     Money orderShare, Money entered) {
        if (entry == PriceEntry.TAX_INCLUSIVE) {
            Money net = line.taxRate().netOfGross(entered);
            return new LineAmounts(amount, lineDiscount, orderShare, net, entered.minus(net), entered);
        }
        Money tax = line.taxRate().taxOfNet(entered);
        return new LineAmounts(amount, lineDiscount, orderShare, entered, tax, entered.plus(tax));
    }

    private static Either<TradeError, List<Money>> check(Currency currency, List<LineInput> lines, Money orderDiscount) {
        if (lines.isEmpty()) {
            return Either.left(new TradeError.NoLines());
        }
        if (!orderDiscount.currency().equals(currency) || orderDiscount.isNegative()) {
            return Either.left(new TradeError.InvalidLine(-1, "orderDiscount",
                    "a non-negative amount in " + currency.getCurrencyCode()));
        }
        List<Money> amounts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineInput line = lines.get(i);
            Either<TradeError, Money> amount = LineRules.amount(i, currency, line);
            if (amount.isLeft()) {
                return Either.left(amount.getLeft());
            }
            amounts.add(amount.get());
        }
        return Either.right(amounts);
    }

    private static DocumentAmounts totals(ExchangeRate rate, List<LineAmounts> lines) {
        Money net = Money.zero(rate.currency());
        Money tax = Money.zero(rate.currency());
        for (LineAmounts line : lines) {
            net = net.plus(line.net());
            tax = tax.plus(line.tax());
        }
        Money gross = net.plus(tax);
        Money bookNet = rate.toBook(net);
        Money bookGross = rate.toBook(gross);
        return new DocumentAmounts(lines, net, tax, gross, rate, bookNet, bookGross.minus(bookNet), bookGross);
    }

    private static List<Money> zeros(Currency currency, int n) {
        List<Money> zeros = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            zeros.add(Money.zero(currency));
        }
        return zeros;
    }
}
