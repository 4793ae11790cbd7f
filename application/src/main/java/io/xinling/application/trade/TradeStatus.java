package io.xinling.application.trade;

import java.util.Locale;

/**
 * A delivery, receipt or return is saved as a draft, then posted once (stock ledger and partner account). An
 * order goes draft → approved (or held over the credit limit, then released) → partially delivered/received →
 * completed; it can be cancelled until something is delivered against it.
 */
public enum TradeStatus {
    DRAFT, POSTED, HELD, APPROVED, PARTIALLY_DELIVERED, PARTIALLY_RECEIVED, COMPLETED, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
