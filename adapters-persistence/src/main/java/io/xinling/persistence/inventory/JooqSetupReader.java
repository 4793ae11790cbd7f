package io.xinling.persistence.inventory;

import io.xinling.application.inventory.WarehouseView;
import io.xinling.application.inventory.port.InventorySettingsRepository;
import io.xinling.application.inventory.port.SetupReader;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The three reads of a post's setup, as the settings, catalog and warehouse repositories make them, in one round trip. */
public final class JooqSetupReader implements SetupReader {

    private static final String READ = JooqInventorySettingsRepository.CURRENT + ";\n"
            + JooqCatalogRepository.SKUS_BY_ID + ";\n" + JooqWarehouseRepository.ALL;

    private final Jdbc jdbc;

    public JooqSetupReader(DSLContext dsl) {
        this.jdbc = new Jdbc(dsl);
    }

    @Override
    public Read read(TenantId tenant, Collection<Long> skus) {
        List<Object> found = jdbc.queries(READ, List.of(JooqInventorySettingsRepository::current,
                JooqCatalogRepository::skus, JooqWarehouseRepository::all),
                tenant.value(), tenant.value(), skus.toArray(Long[]::new), tenant.value());
        @SuppressWarnings("unchecked")
        Optional<InventorySettingsRepository.Numbered> settings = (Optional<InventorySettingsRepository.Numbered>) found.get(0);
        @SuppressWarnings("unchecked")
        List<Sku> read = (List<Sku>) found.get(1);
        @SuppressWarnings("unchecked")
        List<WarehouseView> warehouses = (List<WarehouseView>) found.get(2);
        return new Read(settings, read, warehouses);
    }
}
