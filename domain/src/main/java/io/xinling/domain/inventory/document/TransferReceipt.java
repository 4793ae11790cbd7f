package io.xinling.domain.inventory.document;

import io.xinling.domain.inventory.DocumentId;

import java.util.List;
import java.util.Objects;

/** Second step of a two-step transfer: from transit into the destination of the dispatch. */
public record TransferReceipt(DocumentHeader header, DocumentId dispatch, List<StockLine> lines) implements InventoryDocument {

    public TransferReceipt {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dispatch, "dispatch");
        lines = List.copyOf(lines);
    }
}
