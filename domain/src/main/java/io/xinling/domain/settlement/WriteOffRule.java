package io.xinling.domain.settlement;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a credit (receipt, payment, advance, credit note) may be written off against charges: same
 * partner, ledger and currency, positive parts, each at most the charge's open amount, together at most
 * the credit's unapplied amount, and neither item dated, or matched last, after the write-off.
 */
public final class WriteOffRule {

    private WriteOffRule() {
    }

    public static Either<SettlementError, List<Allocation>> check(SettlementItem credit,
                                                                  Map<SettlementItemId, SettlementItem> charges,
                                                                  List<Allocation> allocations, LocalDate date) {
        if (allocations.isEmpty()) {
            return Either.left(new SettlementError.InvalidField("allocations", "at least one item to write off"));
        }
        if (credit.side() != ItemSide.CREDIT) {
            return Either.left(new SettlementError.NotACredit(credit.id().value()));
        }
        if (date.isBefore(credit.earliestMatchDate())) {
            return Either.left(new SettlementError.WriteOffBeforeItemDate(credit.id().value(), date.toString()));
        }
        Set<SettlementItemId> seen = new HashSet<>();
        Money total = Money.zero(credit.amount().currency());
        for (Allocation allocation : allocations) {
            if (!seen.add(allocation.item())) {
                return Either.left(new SettlementError.InvalidField("allocations", "item " + allocation.item() + " twice"));
            }
            SettlementItem charge = charges.get(allocation.item());
            if (charge == null) {
                return Either.left(new SettlementError.OpenItemNotFound(allocation.item().value()));
            }
            Either<SettlementError, Money> part = checkOne(credit, charge, allocation, date);
            if (part.isLeft()) {
                return Either.left(part.getLeft());
            }
            total = total.plus(part.get());
        }
        if (total.compareTo(credit.open()) > 0) {
            return Either.left(new SettlementError.WriteOffExceedsUnappliedAmount(credit.id().value(), total.format(),
                    credit.open().format()));
        }
        return Either.right(List.copyOf(allocations));
    }

    private static Either<SettlementError, Money> checkOne(SettlementItem credit, SettlementItem charge,
                                                           Allocation allocation, LocalDate date) {
        long id = charge.id().value();
        if (!charge.partner().equals(credit.partner()) || charge.ledger() != credit.ledger()) {
            return Either.left(new SettlementError.PartnerMismatch(id));
        }
        if (charge.side() != ItemSide.DEBIT) {
            return Either.left(new SettlementError.NotACharge(id));
        }
        String writeOff = allocation.amount().currency().getCurrencyCode();
        for (SettlementItem item : List.of(charge, credit)) {
            if (!item.amount().currency().getCurrencyCode().equals(writeOff)) {
                return Either.left(new SettlementError.CurrencyMismatch(item.id().value(),
                        item.amount().currency().getCurrencyCode(), writeOff));
            }
        }
        if (!allocation.amount().isPositive()) {
            return Either.left(new SettlementError.NonPositiveAmount("allocations.amount", allocation.amount().format()));
        }
        if (date.isBefore(charge.earliestMatchDate())) {
            return Either.left(new SettlementError.WriteOffBeforeItemDate(id, date.toString()));
        }
        if (allocation.amount().compareTo(charge.open()) > 0) {
            return Either.left(new SettlementError.WriteOffExceedsOpenAmount(id, allocation.amount().format(),
                    charge.open().format()));
        }
        return Either.right(allocation.amount());
    }

    /** A reversal of {@code original}: refused for a reversal, for one reversed already, or dated before it. */
    public static Either<SettlementError, Money> reversal(WriteOff original, boolean alreadyReversed, LocalDate date,
                                                          SettlementItem charge, SettlementItem credit) {
        if (original.isReversal()) {
            return Either.left(new SettlementError.IllegalReversal(original.id().value()));
        }
        if (alreadyReversed) {
            return Either.left(new SettlementError.AlreadyReversed(original.id().value()));
        }
        if (date.isBefore(charge.earliestMatchDate()) || date.isBefore(credit.earliestMatchDate())) {
            return Either.left(new SettlementError.InvalidField("date",
                    "a reversal is not dated before the last write-off of its items"));
        }
        return Either.right(original.amount().negate());
    }
}
