package io.xinling.application.inventory;

import java.util.Locale;
import java.util.Optional;

/**
 * What a stored document line is: goods in or out, an assembly's component or product (kit), a
 * stocktake count, a cost adjustment, a referenced sales return, or what a scope switch carries.
 */
public enum LineRole {
    IN, OUT, COMPONENT, PRODUCT, COUNT, ADJUST, RETURN,
    /** A (SKU, warehouse[, batch]) a costing-scope switch carries across its boundary (system documents only). */
    CARRY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LineRole> parse(String wire) {
        for (LineRole r : values()) {
            if (r.wire().equals(wire)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
