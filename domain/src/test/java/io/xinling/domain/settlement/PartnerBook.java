package io.xinling.domain.settlement;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.pricing.ExchangeRate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test driver that keeps one tenant's items and write-offs in memory and changes them only through the
 * domain rules, the way the application service does; next to it, the raw history of posted amounts
 * (the oracle: charges +, credits −, write-offs ignored).
 */
final class PartnerBook {

    final Map<SettlementItemId, SettlementItem> items = new LinkedHashMap<>();
    final List<WriteOff> writeOffs = new ArrayList<>();
    final List<Posting> history = new ArrayList<>();
    private long nextId = 1;

    record Posting(PartnerId partner, LocalDate date, Money signed) {
    }

    SettlementItem post(PartnerId partner, ItemSide side, ItemKind kind, LocalDate date, Money amount) {
        SettlementItemId id = new SettlementItemId(nextId++);
        SettlementItem item = new SettlementItem(id, partner, Ledger.RECEIVABLE, side, kind,
                new SourceDocument(kind.name().toLowerCase(), "R" + id), date, date, amount, amount,
                ExchangeRate.CNY, amount, Optional.empty(), Optional.empty());
        items.put(id, item);
        history.add(new Posting(partner, date, amount.times(side.sign())));
        return item;
    }

    Either<SettlementError, WriteOff> writeOff(SettlementItemId credit, List<Allocation> allocations, LocalDate date) {
        SettlementItem c = items.get(credit);
        Map<SettlementItemId, SettlementItem> charges = new HashMap<>(items);
        return WriteOffRule.check(c, charges, allocations, date).map(ok -> {
            WriteOff last = null;
            Money applied = Money.cny(0);
            for (Allocation a : allocations) {
                SettlementItem charge = items.get(a.item());
                items.put(a.item(), charge.matched(charge.open().minus(a.amount()), date));
                last = new WriteOff(new WriteOffId(nextId++), c.partner(), c.ledger(), a.item(), credit, a.amount(), date,
                        Optional.empty());
                writeOffs.add(last);
                applied = applied.plus(a.amount());
            }
            items.put(credit, c.matched(c.open().minus(applied), date));
            return last;
        });
    }

    Either<SettlementError, WriteOff> reverse(WriteOff original, LocalDate date) {
        boolean reversed = writeOffs.stream().anyMatch(w -> w.reversalOf().equals(Optional.of(original.id())));
        SettlementItem charge = items.get(original.debit());
        SettlementItem credit = items.get(original.credit());
        return WriteOffRule.reversal(original, reversed, date, charge, credit).map(negated -> {
            WriteOff reversal = new WriteOff(new WriteOffId(nextId++), original.partner(), original.ledger(),
                    original.debit(), original.credit(), negated, date, Optional.of(original.id()));
            writeOffs.add(reversal);
            items.put(charge.id(), charge.matched(charge.open().minus(negated), date));
            items.put(credit.id(), credit.matched(credit.open().minus(negated), date));
            return reversal;
        });
    }

    List<SettlementItem> itemsOf(PartnerId partner) {
        return items.values().stream().filter(i -> i.partner().equals(partner)).toList();
    }

    /** Σ open charges − Σ unapplied credits of a partner as of the end of {@code date}, from the items. */
    Money balanceFromItems(PartnerId partner, LocalDate date) {
        List<SettlementItem> asOf = OpenAmounts.asOf(date, itemsOf(partner), writeOffs);
        return OpenAmounts.balance(asOf, Money.CNY);
    }

    /** The same from the raw postings alone. */
    Money balanceFromHistory(PartnerId partner, LocalDate date) {
        Money sum = Money.cny(0);
        for (Posting p : history) {
            if (p.partner().equals(partner) && !p.date().isAfter(date)) {
                sum = sum.plus(p.signed());
            }
        }
        return sum;
    }
}
