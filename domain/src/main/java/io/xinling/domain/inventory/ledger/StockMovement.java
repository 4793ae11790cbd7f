package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.costing.CostBasis;
import io.xinling.domain.inventory.costing.StoredCost;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the stock ledger: its inputs and its current costing outputs. The row is what
 * persistence stores; the outputs change only through re-costing, which reports every change as a
 * {@link CostDelta}.
 */
public record StockMovement(MovementSpec spec, StoredCost cost) {

    public StockMovement {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(cost, "cost");
    }

    public MovementId id() {
        return spec.id();
    }

    /** Signed base quantity (positive in); for a stocktake line the derived gain or loss. */
    public Quantity quantity() {
        return quantity(cost.derivedQty());
    }

    /** Signed value that entered (positive) or left (negative) the key with the goods. */
    public Money amount() {
        return money(cost.amount());
    }

    /** Settlement adjustment booked to the consumers of earlier holes (value leaving the key, spec 2.6). */
    public Money settlement() {
        return money(cost.settlement());
    }

    public Quantity quantityAfter() {
        return quantity(cost.qtyAfter());
    }

    public Money valueAfter() {
        return money(cost.valueAfter());
    }

    public Quantity slotQuantityAfter() {
        return quantity(cost.slotAfter());
    }

    public CostBasis basis() {
        return cost.basis();
    }

    Money money(long minor) {
        return Money.of(minor, spec.input().currency());
    }

    static Quantity quantity(long micro) {
        return new Quantity(BigDecimal.valueOf(micro, Quantity.SCALE));
    }
}
