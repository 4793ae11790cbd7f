package io.xinling.application.pricing;

import io.xinling.domain.pricing.PriceListKind;
import io.xinling.domain.pricing.UnitPrice;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** A well-formed price list not yet saved; its SKU ids and store target are checked against the tenant on create. */
public record NewPriceList(String name, PriceListKind kind, Optional<String> target, Currency currency,
                           boolean taxInclusive, Optional<LocalDate> validFrom, Optional<LocalDate> validTo,
                           Map<Long, UnitPrice> prices) {

    public NewPriceList {
        prices = Map.copyOf(prices);
    }
}
