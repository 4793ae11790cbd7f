package io.xinling.persistence.trade;

import io.xinling.application.trade.port.TradeSettingsRepository;
import io.xinling.domain.kernel.TaxRate;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.trade.VatRate;
import io.xinling.domain.trade.VatRates;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.TRADE_SETTINGS;
import static io.xinling.persistence.jooq.Tables.VAT_RATES;

/** The trade settings, one row per tenant that changed them, and the tenant's VAT rate table. */
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

    @Override
    public List<VatRate> vatRates(TenantId tenant) {
        List<VatRate> rates = readRates(tenant);
        if (!rates.isEmpty()) {
            return rates;
        }
        insertRates(tenant, VatRates.CHINA);
        return readRates(tenant);
    }

    @Override
    public void replaceVatRates(TenantId tenant, List<VatRate> rates) {
        dsl.deleteFrom(VAT_RATES).where(VAT_RATES.TENANT_ID.eq(tenant.value())).execute();
        insertRates(tenant, rates);
    }

    private void insertRates(TenantId tenant, List<VatRate> rates) {
        var insert = dsl.insertInto(VAT_RATES, VAT_RATES.TENANT_ID, VAT_RATES.RATE_PERCENT, VAT_RATES.VALID_FROM,
                VAT_RATES.VALID_TO);
        for (VatRate r : rates) {
            insert = insert.values(tenant.value(), r.rate().rate().percent(), r.validFrom(), r.validTo().orElse(null));
        }
        insert.onConflictDoNothing().execute();
    }

    private List<VatRate> readRates(TenantId tenant) {
        return dsl.select(VAT_RATES.RATE_PERCENT, VAT_RATES.VALID_FROM, VAT_RATES.VALID_TO).from(VAT_RATES)
                .where(VAT_RATES.TENANT_ID.eq(tenant.value()))
                .orderBy(VAT_RATES.RATE_PERCENT.desc(), VAT_RATES.VALID_FROM)
                .fetch(r -> new VatRate(TaxRate.ofPercent(r.value1().toPlainString()), r.value2(),
                        Optional.ofNullable(r.value3())));
    }
}
