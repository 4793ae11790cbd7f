package io.xinling.application.promotion.port;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.Scheme;

import java.time.LocalDateTime;
import java.util.List;

/** The approved promotional price changes (促销调价) in force at a ticket time, as stage-S0 schemes. */
public interface PriceChanges {

    PriceChanges NONE = (tenant, at) -> List.of();

    List<Scheme> effectiveAt(TenantId tenant, LocalDateTime at);
}
