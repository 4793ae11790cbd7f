package io.xinling.application.pricing.port;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.pricing.PriceListId;

import java.util.Optional;

/** What pricing needs to know of a customer: its dealer level and default price list (from partner). */
public interface CustomerPricing {

    record CustomerPricingInfo(Optional<String> dealerLevel, Optional<PriceListId> defaultList) {
    }

    /** Empty when the tenant has no customer with this id. */
    Optional<CustomerPricingInfo> customer(TenantId tenant, long partnerId);
}
