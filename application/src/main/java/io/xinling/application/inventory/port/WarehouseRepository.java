package io.xinling.application.inventory.port;

import io.xinling.application.inventory.WarehouseView;
import io.xinling.domain.kernel.TenantId;

import java.util.List;

/** Central warehouses, stores and third-party warehouses of a tenant. */
public interface WarehouseRepository {

    long nextId();

    boolean codeTaken(TenantId tenant, String code);

    void save(TenantId tenant, WarehouseView warehouse);

    List<WarehouseView> all(TenantId tenant);
}
