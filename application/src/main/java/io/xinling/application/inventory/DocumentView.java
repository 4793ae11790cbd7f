package io.xinling.application.inventory;

import io.xinling.domain.inventory.ledger.StockMovement;

import java.util.List;
import java.util.Objects;

/** A document with the costed movements it has on the ledger (none while a draft or once cancelled). */
public record DocumentView(StoredDocument document, List<StockMovement> movements) {

    public DocumentView {
        Objects.requireNonNull(document, "document");
        movements = List.copyOf(movements);
    }
}
