package io.xinling.application.partner.port;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;

/** What a customer owes now, net of unapplied receipts and advances, at CNY book value (from settlement). */
public interface OpenReceivables {

    Money openReceivables(TenantId tenant, PartnerId customer);
}
