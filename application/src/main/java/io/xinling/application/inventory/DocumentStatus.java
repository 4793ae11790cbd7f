package io.xinling.application.inventory;

import java.util.Locale;

/** A document is saved as a draft, then posted to the stock ledger, and may be cancelled once posted. */
public enum DocumentStatus {
    DRAFT, POSTED, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
