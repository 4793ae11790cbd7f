package io.xinling.application.partner.port;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;

/**
 * The CNY value of a customer's approved sales orders not yet delivered, for credit exposure. Sales
 * orders provide it when they land; until then the wiring answers zero.
 */
public interface UnshippedOrders {

    UnshippedOrders NONE = (tenant, customer) -> Money.zero(Money.CNY);

    Money unshipped(TenantId tenant, PartnerId customer);
}
