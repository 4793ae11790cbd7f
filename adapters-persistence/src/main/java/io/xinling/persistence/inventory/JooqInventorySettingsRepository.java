package io.xinling.persistence.inventory;

import io.xinling.application.inventory.InventorySettingsView;
import io.xinling.application.inventory.port.InventorySettingsRepository;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.PurchaseReturnCosting;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static io.xinling.persistence.jooq.Tables.INVENTORY_SETTINGS;

/** Inventory settings, one row per change; the highest number is in force. */
public final class JooqInventorySettingsRepository implements InventorySettingsRepository {

    // Fixed SQL on JDBC (see Jdbc): every post reads the settings in force.
    private static final String SELECT = "select settings_seq, costing_scope, scope_from, allow_negative_stock, "
            + "purchase_return_costing, allow_unreferenced_purchase_return from inventory_settings where tenant_id = ?";
    static final String CURRENT = SELECT + " order by settings_seq desc limit 1";

    private final DSLContext dsl;
    private final Jdbc jdbc;

    public JooqInventorySettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.jdbc = new Jdbc(dsl);
    }

    @Override
    public Optional<Numbered> current(TenantId tenant) {
        return jdbc.query(CURRENT, JooqInventorySettingsRepository::current, tenant.value());
    }

    /** The row of {@link #CURRENT}, if any. */
    static Optional<Numbered> current(ResultSet rows) throws SQLException {
        return rows.next() ? Optional.of(new Numbered(rows.getLong(1), view(rows))) : Optional.empty();
    }

    @Override
    public Map<Long, InventorySettingsView> all(TenantId tenant) {
        return jdbc.query(SELECT, rows -> {
            Map<Long, InventorySettingsView> out = new HashMap<>();
            while (rows.next()) {
                out.put(rows.getLong(1), view(rows));
            }
            return out;
        }, tenant.value());
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

    /** The settings of a row of {@link #SELECT}. */
    private static InventorySettingsView view(ResultSet r) throws SQLException {
        return new InventorySettingsView(CostingScope.valueOf(r.getString(2)), Optional.ofNullable(r.getObject(3, LocalDate.class)),
                r.getBoolean(4), PurchaseReturnCosting.valueOf(r.getString(5)), r.getBoolean(6));
    }
}
