package io.xinling.application.pricing;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.pricing.PriceList;
import io.xinling.domain.pricing.PriceListId;
import io.xinling.domain.pricing.PriceListKind;
import io.xinling.domain.pricing.PricingError;

import java.util.List;
import java.util.Optional;

public interface PriceListsUseCase {

    record PriceInput(Long sku, String price) {
    }

    /** Kind and dates are parsed by the caller; prices are decimal strings with at most 4 decimals. */
    record CreatePriceListCommand(TenantId tenant, String name, PriceListKind kind, String target, String currency,
                                  boolean taxInclusive, Optional<java.time.LocalDate> validFrom,
                                  Optional<java.time.LocalDate> validTo, List<PriceInput> prices) {
    }

    Either<PricingError, PriceList> createPriceList(CreatePriceListCommand command);

    Either<PricingError, PriceList> priceList(TenantId tenant, PriceListId id);

    List<PriceList> priceLists(TenantId tenant, Optional<PriceListKind> kind, int limit, int offset);
}
