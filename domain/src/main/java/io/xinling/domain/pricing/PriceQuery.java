package io.xinling.domain.pricing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a price is asked for: a sku on a date, for a customer (its id and dealer level, when known) and a
 * store (when sold in one). Targets are compared as text: a partner id, a dealer level code, a store id.
 * A customer's default price list, whatever its kind, competes at the customer step.
 */
public record PriceQuery(long sku, LocalDate date, Optional<String> customer, Optional<String> dealerLevel,
                         Optional<String> store, Optional<PriceListId> customerDefault) {

    public PriceQuery {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(dealerLevel, "dealerLevel");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(customerDefault, "customerDefault");
    }

    Optional<String> targetFor(PriceListKind kind) {
        return switch (kind) {
            case CUSTOMER -> customer;
            case DEALER_LEVEL -> dealerLevel;
            case STORE -> store;
            case RETAIL, WHOLESALE -> Optional.of("");
        };
    }
}
