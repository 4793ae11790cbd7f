package io.xinling.domain.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A match (核销) of a credit against a charge. It moves no money: both items' open amounts fall by
 * {@code amount}, and the partner's balance is unchanged. A reversal is a new write-off with the negated
 * amount that names the original; write-offs are never edited or deleted.
 */
public record WriteOff(WriteOffId id, PartnerId partner, Ledger ledger, SettlementItemId debit,
                       SettlementItemId credit, Money amount, LocalDate date, Optional<WriteOffId> reversalOf) {

    public WriteOff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reversalOf, "reversalOf");
        if (amount.isZero() || amount.isPositive() == reversalOf.isPresent()) {
            throw new IllegalArgumentException("a write-off is positive, its reversal negative: " + amount);
        }
    }

    public boolean isReversal() {
        return reversalOf.isPresent();
    }
}
