package io.xinling.domain.catalog;

import java.util.Objects;

/** A scannable code (EAN-13, ITF-14, an in-house code): 1 to 48 letters, digits or dashes. */
public record Barcode(String code) {

    public Barcode {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[0-9A-Za-z-]{1,48}")) {
            throw new IllegalArgumentException("barcode must be 1 to 48 letters, digits or dashes: " + code);
        }
    }
}
