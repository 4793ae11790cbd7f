package io.xinling.archfixtures.adapters.persistence;

/** A fixture persistence adapter class. */
public final class OrderTable {

    public String name() {
        return "sales_order";
    }
}
