package io.xinling.application.inventory;

import io.xinling.domain.kernel.DocumentNumbers;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The inventory documents the API accepts; each maps onto one document of the domain. Each kind numbers its
 * documents per month of their business date: {@code PREFIX-yyyyMM-NNNN}, at least four digits.
 */
public enum DocumentKind {
    RECEIPT("RC"), ISSUE("IS"), TRANSFER("TF"), TRANSFER_DISPATCH("TD"), TRANSFER_RECEIPT("TR"), STOCKTAKE("ST"),
    ASSEMBLY("AS"), DISASSEMBLY("DA"), COST_ADJUSTMENT("CA"), LANDED_COST("LC"), SALES_RETURN("SR"),
    UNREFERENCED_RETURN("UR"), PURCHASE_RETURN("PR"),
    /** A costing-scope switch at a period boundary: made by the settings change, never entered (spec 2.1). */
    SCOPE_SWITCH("SS");

    private final String prefix;

    DocumentKind(String prefix) {
        this.prefix = prefix;
    }

    /** The {@code n}-th document of this kind in the month of {@code date} (n from 1). */
    public String number(LocalDate date, int n) {
        return DocumentNumbers.of(prefix, date, n);
    }

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
