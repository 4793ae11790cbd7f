package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.kernel.Money;

import java.util.Objects;

/**
 * A change of an already-posted movement's cost caused by re-costing (spec 2.12): persistence stores
 * it, accounting turns it into a delta voucher (or regenerates a draft voucher). Amounts are signed
 * as on the movement (negative for outbound); the settlement is the adjustment booked to consumers.
 */
public record CostDelta(MovementId movement, Money oldAmount, Money newAmount, Money oldSettlement,
                        Money newSettlement) {

    public CostDelta {
        Objects.requireNonNull(movement, "movement");
        Objects.requireNonNull(oldAmount, "oldAmount");
        Objects.requireNonNull(newAmount, "newAmount");
        Objects.requireNonNull(oldSettlement, "oldSettlement");
        Objects.requireNonNull(newSettlement, "newSettlement");
    }

    /** The change of the value that left or entered stock with the goods (new − old). */
    public Money amountChange() {
        return newAmount.minus(oldAmount);
    }

    public Money settlementChange() {
        return newSettlement.minus(oldSettlement);
    }
}
