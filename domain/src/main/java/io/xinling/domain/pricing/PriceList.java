package io.xinling.domain.pricing;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A price list: a kind (and target for dealer-level, customer and store lists), a currency, whether its
 * prices include tax, an optional validity window (both ends inclusive) and prices by sku id.
 */
public record PriceList(PriceListId id, String name, PriceListKind kind, Optional<String> target, Currency currency,
                        boolean taxInclusive, Optional<LocalDate> validFrom, Optional<LocalDate> validTo,
                        Map<Long, UnitPrice> prices) {

    public PriceList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(currency, "currency");
        if (kind.hasTarget() != target.isPresent()) {
            throw new IllegalArgumentException(kind + " lists " + (kind.hasTarget() ? "need" : "take no") + " target");
        }
        if (validFrom.isPresent() && validTo.isPresent() && validTo.get().isBefore(validFrom.get())) {
            throw new IllegalArgumentException("validity ends before it starts");
        }
        prices = Map.copyOf(prices);
        prices.values().forEach(p -> {
            if (!p.currency().equals(currency)) {
                throw new IllegalArgumentException("price in " + p.currency() + " on a " + currency + " list");
            }
        });
    }

    public boolean isValidOn(LocalDate date) {
        return validFrom.map(from -> !date.isBefore(from)).orElse(true)
                && validTo.map(to -> !date.isAfter(to)).orElse(true);
    }

    public Optional<UnitPrice> priceOf(long sku) {
        return Optional.ofNullable(prices.get(sku));
    }

    public String validity() {
        return validFrom.map(LocalDate::toString).orElse("…") + ".." + validTo.map(LocalDate::toString).orElse("…");
    }
}
