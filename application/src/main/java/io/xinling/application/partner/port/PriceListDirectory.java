package io.xinling.application.partner.port;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.pricing.PriceListId;

/** Whether a customer's default price list exists in the tenant (pricing owns the lists). */
public interface PriceListDirectory {

    boolean exists(TenantId tenant, PriceListId id);
}
