package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.kernel.Money;

import java.util.Objects;

/**
 * Landed cost (采购费用分摊) on a receipt, applied at the receipt's ordering key (spec 2.11). {@code atOwnDate}
 * says the receipt's period was closed when the charge was posted: the charge is then value-only movements at the
 * landed cost's own date ({@code V += X} while stock is held, otherwise an expense to 5401), and stays so on every
 * replay, whatever the periods are later.
 */
public record LandedCost(DocumentHeader header, DocumentId receipt, Money charge, LandedCostBasis basis,
                         boolean atOwnDate) implements InventoryDocument {

    public LandedCost {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(basis, "basis");
    }

    /** A charge applied at the receipt's ordering key, unless the receipt's period is closed. */
    public LandedCost(DocumentHeader header, DocumentId receipt, Money charge, LandedCostBasis basis) {
        this(header, receipt, charge, basis, false);
    }
}
