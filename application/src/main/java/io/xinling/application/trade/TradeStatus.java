package io.xinling.application.trade;

import java.util.Locale;

/** A purchase or sales document is saved as a draft, then posted once (stock ledger and partner account). */
public enum TradeStatus {
    DRAFT, POSTED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
