package io.xinling.application.trade;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.pricing.ExchangeRate;
import io.xinling.domain.trade.DocumentAmounts;
import io.xinling.domain.trade.LineCalculator;
import io.xinling.domain.trade.PriceEntry;
import io.xinling.domain.trade.TradeError;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A purchase or sales document as entered; a return names the document it returns goods of in
 * {@code delivery} (the sales delivery of a sales return, the purchase receipt of a purchase return, which may
 * have none where the tenant allows unreferenced purchase returns), a delivery or receipt may name the order
 * it fulfils. An {@code estimated} purchase receipt (暂估入库) comes in before its supplier invoice, at the prices
 * entered (4.1 P-2): it owes the supplier nothing yet, until the invoice settles it (P-3). */
public record TradeDraft(TradeKind kind, PartnerId partner, long warehouse, LocalDate date, ExchangeRate rate,
                         PriceEntry entry, Money orderDiscount, Optional<Long> delivery, Optional<Long> order,
                         Optional<String> note,
                         List<TradeLine> lines, boolean estimated) {

    public TradeDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(orderDiscount, "orderDiscount");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(note, "note");
        lines = List.copyOf(lines);
        if (estimated && kind != TradeKind.PURCHASE_RECEIPT) {
            throw new IllegalArgumentException("only a purchase receipt is estimated");
        }
    }

    /** A document that is not an estimated receipt. */
    public TradeDraft(TradeKind kind, PartnerId partner, long warehouse, LocalDate date, ExchangeRate rate,
                      PriceEntry entry, Money orderDiscount, Optional<Long> delivery, Optional<Long> order,
                      Optional<String> note, List<TradeLine> lines) {
        this(kind, partner, warehouse, date, rate, entry, orderDiscount, delivery, order, note, lines, false);
    }

    /** Net, tax and gross of every line and of the document (spec 3.5), in its currency and in CNY. */
    public Either<TradeError, DocumentAmounts> amounts() {
        return LineCalculator.calculate(rate, entry, lines.stream().map(TradeLine::input).toList(), orderDiscount);
    }
}
