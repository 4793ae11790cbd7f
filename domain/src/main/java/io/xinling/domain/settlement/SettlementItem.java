package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.pricing.ExchangeRate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a partner's receivables or payables, in its document currency with its CNY book amount.
 * {@code open} is what write-offs have not yet matched: the open amount of a charge, the unapplied amount
 * of a receipt or advance. Items are never edited except for {@code open} and {@code lastMatched}, the
 * date of the latest write-off or reversal: matches on one item are dated in order, so that its open
 * amount as of any date can be rebuilt from the history.
 */
public record SettlementItem(SettlementItemId id, PartnerId partner, Ledger ledger, ItemSide side, ItemKind kind,
                             SourceDocument source, LocalDate date, LocalDate dueDate, Money amount, Money open,
                             ExchangeRate rate, Money bookAmount, Optional<PaymentMethod> method,
                             Optional<LocalDate> lastMatched) {

    public SettlementItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(lastMatched, "lastMatched");
        if (!amount.isPositive() || open.isNegative() || open.compareTo(amount) > 0) {
            throw new IllegalArgumentException("need 0 <= open <= amount and amount > 0: " + open + " of " + amount);
        }
        if (!rate.currency().equals(amount.currency()) || !bookAmount.currency().equals(Money.CNY)) {
            throw new IllegalArgumentException("rate or book amount in the wrong currency");
        }
    }

    /** The amount as it counts in the partner's balance: + for a charge, − for a credit. */
    public Money signedAmount() {
        return amount.times(side.sign());
    }

    public Money signedOpen() {
        return open.times(side.sign());
    }

    /** The CNY value of what is open: the book amount when untouched, else the open amount at the item's rate. */
    public Money bookOpen() {
        return open.equals(amount) ? bookAmount : rate.toBook(open);
    }

    /** This item after a write-off or reversal on {@code on} that leaves {@code newOpen}. */
    public SettlementItem matched(Money newOpen, LocalDate on) {
        return new SettlementItem(id, partner, ledger, side, kind, source, date, dueDate, amount, newOpen, rate,
                bookAmount, method, Optional.of(on));
    }

    /** This item as it stood with {@code newOpen} (for rebuilding history; the last match is kept). */
    public SettlementItem withOpen(Money newOpen) {
        return new SettlementItem(id, partner, ledger, side, kind, source, date, dueDate, amount, newOpen, rate,
                bookAmount, method, lastMatched);
    }

    /** The first date a new write-off on this item may have: its date, or its last match if later. */
    public LocalDate earliestMatchDate() {
        return lastMatched.filter(d -> d.isAfter(date)).orElse(date);
    }
}
