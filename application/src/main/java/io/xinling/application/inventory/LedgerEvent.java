package io.xinling.application.inventory;

import java.util.Objects;

/**
 * One committed change of a SKU group's ledger, in event order; {@code settings} numbers the inventory
 * settings the document was posted under (0: the defaults).
 */
public record LedgerEvent(long version, long document, boolean cancellation, DocumentDraft draft, long settings) {

    public LedgerEvent {
        Objects.requireNonNull(draft, "draft");
    }
}
