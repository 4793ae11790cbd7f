package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Builds a statement from a partner's items in one currency: the opening balance is every item dated
 * before {@code from}; each item in the period is a line (charges as debit, credits as credit) in order
 * of date and id. Write-offs do not appear: they change no balance.
 */
public final class Statements {

    private Statements() {
    }

    public static PartnerStatement of(PartnerId partner, Ledger ledger, Currency currency, LocalDate from, LocalDate to,
                                      List<SettlementItem> items) {
        Money zero = Money.zero(currency);
        Money opening = zero;
        List<SettlementItem> period = new ArrayList<>();
        for (SettlementItem item : items) {
            if (!item.amount().currency().equals(currency) || item.date().isAfter(to)) {
                continue;
            }
            if (item.date().isBefore(from)) {
                opening = opening.plus(item.signedAmount());
            } else {
                period.add(item);
            }
        }
        period.sort(Comparator.comparing(SettlementItem::date).thenComparingLong(i -> i.id().value()));
        Money balance = opening;
        Money debit = zero;
        Money credit = zero;
        List<StatementLine> lines = new ArrayList<>();
        for (SettlementItem item : period) {
            boolean charge = item.side() == ItemSide.DEBIT;
            balance = balance.plus(item.signedAmount());
            debit = charge ? debit.plus(item.amount()) : debit;
            credit = charge ? credit : credit.plus(item.amount());
            lines.add(new StatementLine(item.date(), item.id(), item.kind(), item.source(),
                    charge ? item.amount() : zero, charge ? zero : item.amount(), balance));
        }
        return new PartnerStatement(partner, ledger, from, to, opening, lines, debit, credit, balance);
    }
}
