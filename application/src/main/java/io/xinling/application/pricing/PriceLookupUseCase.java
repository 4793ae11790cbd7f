package io.xinling.application.pricing;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.pricing.PriceResolution;
import io.xinling.domain.pricing.PriceResolutionOrder;
import io.xinling.domain.pricing.PricingError;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The price of a sku on a date for a customer and/or store, by the tenant's resolution order, with the
 * explanation of which list won and why. Documents to come call {@link #lookup} for each line's default
 * price; the line's tax mode is the winning list's {@code taxInclusive}.
 */
public interface PriceLookupUseCase {

    record LookupPriceCommand(TenantId tenant, long sku, LocalDate date, Optional<Long> customer, Optional<String> store) {
    }

    Either<PricingError, PriceResolution> lookup(LookupPriceCommand command);

    PriceResolutionOrder resolutionOrder(TenantId tenant);

    /** Kinds by wire name ({@code customer}, {@code dealer-level}, …), each at most once. */
    Either<PricingError, PriceResolutionOrder> setResolutionOrder(TenantId tenant, List<String> kinds);
}
