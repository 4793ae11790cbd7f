package io.xinling.application.inventory;

import java.util.Objects;

/** One committed change of the stock ledger, in the order of the ledger head's version. */
public record LedgerEvent(long version, long document, boolean cancellation, DocumentDraft draft) {

    public LedgerEvent {
        Objects.requireNonNull(draft, "draft");
    }
}
