package io.xinling.archfixtures.applicationdependencies.application;

import io.xinling.archfixtures.applicationdependencies.domain.Order;
import io.xinling.archfixtures.applicationdependencies.persistence.JooqOrderRepository;

/** An "application" service that reaches an adapter directly instead of through a port. */
public final class ImportsAnAdapter {

    private final JooqOrderRepository repository = new JooqOrderRepository();

    public Order find(long id) {
        return repository.load(id);
    }
}
