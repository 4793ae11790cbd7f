package io.xinling.archfixtures.applicationdependencies.persistence;

import io.xinling.archfixtures.applicationdependencies.domain.Order;

/** A fake adapter class. */
public final class JooqOrderRepository {

    public Order load(long id) {
        return new Order(id);
    }
}
