package io.xinling.application.trade.port;

import io.xinling.domain.kernel.TenantId;

import java.time.Instant;
import java.util.Optional;

/** The settings trade owns alone (unreferenced purchase returns are an inventory setting). */
public interface TradeSettingsRepository {

    /** Whether sales returns without a delivery are allowed; empty when the tenant never set it. */
    Optional<Boolean> unreferencedSalesReturnsAllowed(TenantId tenant);

    void saveUnreferencedSalesReturnsAllowed(TenantId tenant, boolean allowed, Instant changedAt);
}
