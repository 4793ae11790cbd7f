package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.kernel.Money;

import java.util.List;
import java.util.Objects;

/**
 * The stored amounts a template places, never recomputed: the partner's dimension (customer or supplier),
 * the document's CNY net, tax and gross (for a receipt, payment or write-off: the amount as gross), and the
 * stock amounts its movements stored (signed: in positive, out negative).
 */
public record PostingFacts(DimensionValues partner, Money net, Money tax, Money gross, List<StockValue> stock) {

    public PostingFacts {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(gross, "gross");
        stock = List.copyOf(stock);
    }

    /** A receipt, payment or write-off: one amount. */
    public static PostingFacts amount(DimensionValues partner, Money amount) {
        Money zero = Money.zero(amount.currency());
        return new PostingFacts(partner, zero, zero, amount, List.of());
    }

    /** What left stock, positive for an issue (Σ of the negated stored amounts). */
    public Money stockOut() {
        return stock.stream().map(StockValue::amount).reduce(Money.zero(gross.currency()), Money::plus).negate();
    }
}
