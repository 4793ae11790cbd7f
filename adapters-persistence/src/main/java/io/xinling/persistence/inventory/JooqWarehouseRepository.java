package io.xinling.persistence.inventory;

import io.xinling.application.inventory.WarehouseView;
import io.xinling.application.inventory.port.WarehouseRepository;
import io.xinling.domain.inventory.BranchId;
import io.xinling.domain.inventory.Warehouse;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.WarehouseKind;
import io.xinling.domain.kernel.TenantId;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;

import static io.xinling.persistence.jooq.Sequences.CATALOG_ID_SEQ;
import static io.xinling.persistence.jooq.Tables.WAREHOUSES;

public final class JooqWarehouseRepository implements WarehouseRepository {

    private final DSLContext dsl;

    public JooqWarehouseRepository(DSLContext dsl) {
        this.dsl = dsl;
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
        return dsl.selectFrom(WAREHOUSES).where(WAREHOUSES.TENANT_ID.eq(tenant.value())).orderBy(WAREHOUSES.WAREHOUSE_ID)
                .fetch(r -> new WarehouseView(new Warehouse(new WarehouseId(r.getWarehouseId()), r.getCode(),
                        WarehouseKind.valueOf(r.getKind()), new BranchId(r.getBranchId()),
                        Optional.ofNullable(r.getAllowNegative())), r.getName()));
    }
}
