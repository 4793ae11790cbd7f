package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.kernel.Money;

import java.util.Objects;

/** Landed cost (采购费用分摊) on a receipt, applied at the receipt's ordering key (spec 2.11). */
public record LandedCost(DocumentHeader header, DocumentId receipt, Money charge, LandedCostBasis basis) implements InventoryDocument {

    public LandedCost {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(basis, "basis");
    }
}
