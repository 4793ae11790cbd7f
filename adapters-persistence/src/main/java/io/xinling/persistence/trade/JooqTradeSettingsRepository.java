package io.xinling.persistence.trade;

import io.xinling.application.trade.port.TradeSettingsRepository;
import io.xinling.domain.kernel.TenantId;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.TRADE_SETTINGS;

/** The trade settings, one row per tenant that changed them. */
public final class JooqTradeSettingsRepository implements TradeSettingsRepository {

    private final DSLContext dsl;

    public JooqTradeSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Boolean> unreferencedSalesReturnsAllowed(TenantId tenant) {
        return dsl.select(TRADE_SETTINGS.ALLOW_UNREFERENCED_SALES_RETURNS).from(TRADE_SETTINGS)
                .where(TRADE_SETTINGS.TENANT_ID.eq(tenant.value())).fetchOptional(TRADE_SETTINGS.ALLOW_UNREFERENCED_SALES_RETURNS);
    }

    @Override
    public void saveUnreferencedSalesReturnsAllowed(TenantId tenant, boolean allowed, Instant changedAt) {
        dsl.insertInto(TRADE_SETTINGS).set(TRADE_SETTINGS.TENANT_ID, tenant.value())
                .set(TRADE_SETTINGS.ALLOW_UNREFERENCED_SALES_RETURNS, allowed)
                .set(TRADE_SETTINGS.CHANGED_AT, changedAt.atOffset(ZoneOffset.UTC))
                .onConflict(TRADE_SETTINGS.TENANT_ID).doUpdate()
                .set(TRADE_SETTINGS.ALLOW_UNREFERENCED_SALES_RETURNS, allowed)
                .set(TRADE_SETTINGS.CHANGED_AT, changedAt.atOffset(ZoneOffset.UTC)).execute();
    }
}
