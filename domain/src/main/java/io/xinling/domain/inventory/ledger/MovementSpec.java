package io.xinling.domain.inventory.ledger;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.OrderingKey;
import io.xinling.domain.inventory.SerialNo;
import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.inventory.costing.MovementKind;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.UnitQuantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inputs of one stock-ledger row, fixed when its document is posted: where and in which order it
 * happens, how it is costed, its base quantity (magnitude; the counted quantity of a stocktake line),
 * the document amount, the movement that feeds it, whether it may go below zero, its allocation
 * weight, the quantity as entered, and the serials it moves.
 */
public record MovementSpec(MovementId id, OrderingKey ordering, StockSlot slot, CostingKey key, MovementKind kind,
                           Quantity quantity, Money input, Optional<MovementId> feed, boolean negativeAllowed,
                           Optional<BigDecimal> weight, UnitQuantity entered, List<SerialNo> serials) {

    public MovementSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ordering, "ordering");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(entered, "entered");
        serials = List.copyOf(serials);
        if (quantity.isNegative()) {
            throw new IllegalArgumentException("a movement quantity is a magnitude");
        }
    }

    public SkuId sku() {
        return slot.sku();
    }

    public MovementSpec withInput(Money amount) {
        return new MovementSpec(id, ordering, slot, key, kind, quantity, amount, feed, negativeAllowed, weight,
                entered, serials);
    }
}
