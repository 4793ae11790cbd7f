package io.xinling.persistence.inventory;

import io.xinling.application.inventory.InventorySettingsView;
import io.xinling.application.inventory.port.InventorySettingsRepository;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.PurchaseReturnCosting;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.jooq.tables.records.InventorySettingsRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.INVENTORY_SETTINGS;

/** Inventory settings, one row per change; the highest number is in force. */
public final class JooqInventorySettingsRepository implements InventorySettingsRepository {

    private final DSLContext dsl;

    public JooqInventorySettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Numbered> current(TenantId tenant) {
        return dsl.selectFrom(INVENTORY_SETTINGS).where(INVENTORY_SETTINGS.TENANT_ID.eq(tenant.value()))
                .orderBy(INVENTORY_SETTINGS.SETTINGS_SEQ.desc()).limit(1).fetchOptional()
                .map(r -> new Numbered(r.getSettingsSeq(), view(r)));
    }

    @Override
    public Map<Long, InventorySettingsView> all(TenantId tenant) {
        Map<Long, InventorySettingsView> out = new HashMap<>();
        dsl.selectFrom(INVENTORY_SETTINGS).where(INVENTORY_SETTINGS.TENANT_ID.eq(tenant.value()))
                .forEach(r -> out.put(r.getSettingsSeq(), view(r)));
        return out;
    }

    @Override
    public void save(TenantId tenant, long number, InventorySettingsView s, Instant at) {
        dsl.insertInto(INVENTORY_SETTINGS).set(INVENTORY_SETTINGS.TENANT_ID, tenant.value())
                .set(INVENTORY_SETTINGS.SETTINGS_SEQ, number).set(INVENTORY_SETTINGS.COSTING_SCOPE, s.costingScope().name())
                .set(INVENTORY_SETTINGS.SCOPE_FROM, s.scopeFrom().orElse(null))
                .set(INVENTORY_SETTINGS.ALLOW_NEGATIVE_STOCK, s.allowNegativeStock())
                .set(INVENTORY_SETTINGS.PURCHASE_RETURN_COSTING, s.purchaseReturnCosting().name())
                .set(INVENTORY_SETTINGS.ALLOW_UNREFERENCED_PURCHASE_RETURN, s.allowUnreferencedPurchaseReturn())
                .set(INVENTORY_SETTINGS.CHANGED_AT, at.atOffset(ZoneOffset.UTC)).execute();
    }

    private static InventorySettingsView view(InventorySettingsRecord r) {
        return new InventorySettingsView(CostingScope.valueOf(r.getCostingScope()), Optional.ofNullable(r.getScopeFrom()),
                r.getAllowNegativeStock(), PurchaseReturnCosting.valueOf(r.getPurchaseReturnCosting()),
                r.getAllowUnreferencedPurchaseReturn());
    }
}
