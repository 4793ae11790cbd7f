package io.xinling.application.inventory;

import java.util.Locale;
import java.util.Optional;

/** The inventory documents the API accepts; each maps onto one document of the domain. */
public enum DocumentKind {
    RECEIPT, ISSUE, TRANSFER, TRANSFER_DISPATCH, TRANSFER_RECEIPT, STOCKTAKE, ASSEMBLY, DISASSEMBLY,
    COST_ADJUSTMENT, LANDED_COST, SALES_RETURN, UNREFERENCED_RETURN, PURCHASE_RETURN,
    /** A costing-scope switch at a period boundary: made by the settings change, never entered (spec 2.1). */
    SCOPE_SWITCH;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DocumentKind> parse(String wire) {
        for (DocumentKind k : values()) {
            if (k.wire().equals(wire)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
