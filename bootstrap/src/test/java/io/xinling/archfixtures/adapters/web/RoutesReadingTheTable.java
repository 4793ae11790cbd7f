package io.xinling.archfixtures.adapters.web;

import io.xinling.archfixtures.adapters.persistence.OrderTable;

/** A "web" adapter that goes around the application layer into persistence. */
public final class RoutesReadingTheTable {

    public String table() {
        return new OrderTable().name();
    }
}
