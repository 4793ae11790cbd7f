package io.xinling.domain.inventory.costing;

import java.util.List;
import java.util.Objects;

/**
 * The costing outputs of one movement, as a row stores them (spec 2.3): the signed amount (value in
 * positive), the settlement adjustment (cost moved from stock to the consumers of earlier holes), the
 * signed quantity (derived for stocktakes), the key's and the slot's state after it, and the reference
 * state (value and quantity after the latest value-in, quantity and amount of the latest inbound)
 * that re-costing restarts from. Quantities in millionths of a base unit, values in minor units.
 */
public record StoredCost(long amount, long settlement, long derivedQty, long qtyAfter, long valueAfter,
                         long slotAfter, long refQty, long refValue, long inQty, long inAmount, CostBasis basis,
                         List<SettlementPart> settlements) {

    public StoredCost {
        Objects.requireNonNull(basis, "basis");
        settlements = List.copyOf(settlements);
    }

    public static final StoredCost NONE = new StoredCost(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, CostBasis.INPUT, List.of());

    /** The change of the key's value caused by this movement. */
    public long valueChange() {
        return amount - settlement;
    }
}
