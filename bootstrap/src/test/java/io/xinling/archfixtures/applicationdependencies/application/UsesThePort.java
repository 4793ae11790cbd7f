package io.xinling.archfixtures.applicationdependencies.application;

import io.vavr.control.Option;
import io.xinling.archfixtures.applicationdependencies.domain.Order;

/** Allowed: the JDK, Vavr, the domain and the application itself. */
public final class UsesThePort {

    /** A driven port. */
    public interface Orders {
        Option<Order> find(long id);
    }

    public Option<Order> find(Orders orders, long id) {
        return orders.find(id);
    }
}
