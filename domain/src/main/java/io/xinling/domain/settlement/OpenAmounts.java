package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open (or unapplied) amount of items as of the end of a date, rebuilt from the items and the
 * write-off history: the amount less every write-off and reversal dated on or before it.
 */
public final class OpenAmounts {

    private OpenAmounts() {
    }

    /** Items dated on or before {@code date}, with their open amount as of that date. */
    public static List<SettlementItem> asOf(LocalDate date, List<SettlementItem> items, List<WriteOff> writeOffs) {
        Map<SettlementItemId, Money> applied = new HashMap<>();
        for (WriteOff w : writeOffs) {
            if (!w.date().isAfter(date)) {
                applied.merge(w.debit(), w.amount(), Money::plus);
                applied.merge(w.credit(), w.amount(), Money::plus);
            }
        }
        return items.stream()
                .filter(item -> !item.date().isAfter(date))
                .map(item -> item.withOpen(item.amount().minus(applied.getOrDefault(item.id(), Money.zero(item.amount().currency())))))
                .toList();
    }

    /** Σ open charges − Σ unapplied credits, in {@code currency}. */
    public static Money balance(List<SettlementItem> items, java.util.Currency currency) {
        Money balance = Money.zero(currency);
        for (SettlementItem item : items) {
            if (item.amount().currency().equals(currency)) {
                balance = balance.plus(item.signedOpen());
            }
        }
        return balance;
    }

    /** Σ open charges − Σ unapplied credits at their CNY book value. */
    public static Money bookBalance(List<SettlementItem> items) {
        Money balance = Money.zero(Money.CNY);
        for (SettlementItem item : items) {
            balance = balance.plus(item.bookOpen().times(item.side().sign()));
        }
        return balance;
    }
}
