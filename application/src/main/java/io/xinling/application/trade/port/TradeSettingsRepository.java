package io.xinling.application.trade.port;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.trade.VatRate;
import io.xinling.domain.trade.VatRates;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The settings trade owns alone (unreferenced purchase returns are an inventory setting). */
public interface TradeSettingsRepository {

    /** Whether sales returns without a delivery are allowed; empty when the tenant never set it. */
    Optional<Boolean> unreferencedSalesReturnsAllowed(TenantId tenant);

    void saveUnreferencedSalesReturnsAllowed(TenantId tenant, boolean allowed, Instant changedAt);

    /** The tenant's VAT rate table (spec 3.5), seeded with {@link VatRates#CHINA} on first use. */
    default List<VatRate> vatRates(TenantId tenant) {
        return VatRates.CHINA;
    }

    /** Replaces the tenant's VAT rate table. */
    default void replaceVatRates(TenantId tenant, List<VatRate> rates) {
        throw new UnsupportedOperationException("this repository keeps the built-in rate table");
    }
}
