package io.xinling.application.inventory;

import java.util.Locale;
import java.util.Optional;

/**
 * What a stored document line is: goods in or out, an assembly's component or product (kit), a
 * stocktake count, a cost adjustment, or a referenced sales return.
 */
public enum LineRole {
    IN, OUT, COMPONENT, PRODUCT, COUNT, ADJUST, RETURN;

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
