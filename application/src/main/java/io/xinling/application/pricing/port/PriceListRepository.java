package io.xinling.application.pricing.port;

import io.xinling.application.pricing.NewPriceList;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.pricing.PriceList;
import io.xinling.domain.pricing.PriceListId;
import io.xinling.domain.pricing.PriceListKind;
import io.xinling.domain.pricing.PriceResolutionOrder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface PriceListRepository {

    PriceList create(TenantId tenant, NewPriceList list, Instant createdAt);

    /** The list with all its prices. */
    Optional<PriceList> find(TenantId tenant, PriceListId id);

    /** Lists without their prices, by id. */
    List<PriceList> list(TenantId tenant, Optional<PriceListKind> kind, int limit, int offset);

    /** Every list of the tenant, each holding only its price of {@code sku} (or none): the lookup's candidates. */
    List<PriceList> candidates(TenantId tenant, long sku);

    Optional<PriceResolutionOrder> resolutionOrder(TenantId tenant);

    void saveResolutionOrder(TenantId tenant, PriceResolutionOrder order, Instant updatedAt);
}
