package io.xinling.domain.kernel;

import java.util.Objects;

/** A quantity in a named unit, as a document line states it (3 箱). */
public record UnitQuantity(Quantity quantity, Unit unit) {

    public UnitQuantity {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String toString() {
        return quantity.format() + " " + unit.code();
    }
}
