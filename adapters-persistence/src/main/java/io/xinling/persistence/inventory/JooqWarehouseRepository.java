package io.xinling.persistence.inventory;

import io.xinling.application.inventory.WarehouseView;
import io.xinling.application.inventory.port.WarehouseRepository;
import io.xinling.domain.inventory.BranchId;
import io.xinling.domain.inventory.Warehouse;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.WarehouseKind;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.xinling.persistence.jooq.Sequences.CATALOG_ID_SEQ;
import static io.xinling.persistence.jooq.Tables.WAREHOUSES;

public final class JooqWarehouseRepository implements WarehouseRepository {

    // Fixed SQL on JDBC (see Jdbc): every post reads the tenant's warehouses.
    static final String ALL = "select warehouse_id, code, kind, branch_id, allow_negative, name from warehouses "
            + "where tenant_id = ? order by warehouse_id";

    private final DSLContext dsl;
    private final Jdbc jdbc;

    public JooqWarehouseRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.jdbc = new Jdbc(dsl);
    }

    @Override
    public long nextId() {
        return dsl.nextval(CATALOG_ID_SEQ);
    }

    @Override
    public boolean codeTaken(TenantId tenant, String code) {
        return dsl.fetchExists(WAREHOUSES, WAREHOUSES.TENANT_ID.eq(tenant.value()).and(WAREHOUSES.CODE.eq(code)));
    }

    @Override
    public void save(TenantId tenant, WarehouseView view) {
        Warehouse w = view.warehouse();
        dsl.insertInto(WAREHOUSES).set(WAREHOUSES.TENANT_ID, tenant.value()).set(WAREHOUSES.WAREHOUSE_ID, w.id().value())
                .set(WAREHOUSES.CODE, w.code()).set(WAREHOUSES.NAME, view.name()).set(WAREHOUSES.KIND, w.kind().name())
                .set(WAREHOUSES.BRANCH_ID, w.branch().value())
                .set(WAREHOUSES.ALLOW_NEGATIVE, w.allowNegativeStock().orElse(null)).execute();
    }

    @Override
    public List<WarehouseView> all(TenantId tenant) {
        return jdbc.query(ALL, JooqWarehouseRepository::all, tenant.value());
    }

    /** The rows of {@link #ALL}. */
    static List<WarehouseView> all(ResultSet rows) throws SQLException {
        List<WarehouseView> out = new ArrayList<>();
        while (rows.next()) {
            boolean allowNegative = rows.getBoolean(5);
            Optional<Boolean> own = rows.wasNull() ? Optional.empty() : Optional.of(allowNegative);
            out.add(new WarehouseView(new Warehouse(new WarehouseId(rows.getLong(1)), rows.getString(2),
                    WarehouseKind.valueOf(rows.getString(3)), new BranchId(rows.getLong(4)), own), rows.getString(6)));
        }
        return out;
    }
}
