package io.xinling.application.pricing;

import io.xinling.domain.pricing.PriceListKind;
import io.xinling.domain.pricing.UnitPrice;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** A validated price list not yet saved. Sku ids are not checked against a catalog yet (it lands later). */
public record NewPriceList(String name, PriceListKind kind, Optional<String> target, Currency currency,
                           boolean taxInclusive, Optional<LocalDate> validFrom, Optional<LocalDate> validTo,
                           Map<Long, UnitPrice> prices) {

    public NewPriceList {
        prices = Map.copyOf(prices);
    }
}
