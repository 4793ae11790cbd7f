package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;

/**
 * The realised exchange difference (已实现汇兑损益) of a write-off between a charge and a credit in a foreign
 * currency booked at different rates. Each item's CNY book value falls by what the write-off takes of it: the
 * drop of {@link SettlementItem#bookOpen()}, which is the open amount at the item's rate while part of it stays
 * open and exactly its whole remaining book value when the write-off closes it (the last settlement takes the
 * rounding remainder). The difference is the credit's fall minus the charge's fall; booking it against the
 * partner's account (the rest to 560302) leaves an item's CNY balance at zero once its currency amount is
 * settled. For a reversal (a negative amount) it is the original difference negated. Zero in CNY.
 */
public final class ExchangeDifference {

    private ExchangeDifference() {
    }

    /** The difference of writing off {@code amount} of {@code charge} with {@code credit}, both as they stood before. */
    public static Money realised(SettlementItem charge, SettlementItem credit, Money amount) {
        return bookFall(credit, amount).minus(bookFall(charge, amount));
    }

    /** How much the CNY book value of {@code item} falls when its open amount falls by {@code amount}. */
    public static Money bookFall(SettlementItem item, Money amount) {
        return item.bookOpen().minus(item.withOpen(item.open().minus(amount)).bookOpen());
    }
}
