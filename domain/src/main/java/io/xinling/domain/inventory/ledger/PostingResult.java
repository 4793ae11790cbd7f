package io.xinling.domain.inventory.ledger;

import java.util.List;
import java.util.Objects;

/**
 * What posting, cancelling or editing a document produced: the new ledger, the document's costed
 * movements (empty for a cancellation), the cost deltas of every movement that existed before and
 * whose cost changed (including an edited document's own movements and the receipt lines a landed
 * cost re-prices), and the balances of the keys and slots the change touched.
 */
public record PostingResult(StockLedger ledger, List<StockMovement> movements, List<CostDelta> deltas,
                            List<KeyBalance> keyBalances, List<SlotBalance> slotBalances) {

    public PostingResult {
        Objects.requireNonNull(ledger, "ledger");
        movements = List.copyOf(movements);
        deltas = List.copyOf(deltas);
        keyBalances = List.copyOf(keyBalances);
        slotBalances = List.copyOf(slotBalances);
    }
}
