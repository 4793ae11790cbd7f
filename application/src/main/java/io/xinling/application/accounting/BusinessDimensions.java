package io.xinling.application.accounting;

import io.xinling.application.accounting.port.DimensionDirectory;
import io.xinling.application.inventory.CatalogUseCases;
import io.xinling.application.inventory.InventorySettingsQuery;
import io.xinling.application.inventory.InventorySettingsView;
import io.xinling.application.partner.FindPartnersUseCase;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValue;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.PartnerId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Looks dimension values up in the partner register and the catalog, through their use cases, and in the books' own
 * registers of projects, departments, employees, branches (or a warehouse's branch) and members.
 */
public final class BusinessDimensions implements DimensionDirectory {

    private final FindPartnersUseCase partners;
    private final CatalogUseCases catalog;
    private final InventorySettingsQuery settings;
    private final DimensionRegisterUseCase registers;

    public BusinessDimensions(FindPartnersUseCase partners, CatalogUseCases catalog, InventorySettingsQuery settings,
                              DimensionRegisterUseCase registers) {
        this.partners = partners;
        this.catalog = catalog;
        this.settings = settings;
        this.registers = registers;
    }

    /** Per warehouse when that is the scope now and the date is on or after it took effect. */
    @Override
    public boolean warehouseRequired(TenantId tenant, LocalDate date) {
        InventorySettingsView now = settings.settings(tenant);
        return now.costingScope() == CostingScope.PER_WAREHOUSE && now.scopeFrom().map(from -> !date.isBefore(from)).orElse(true);
    }

    @Override
    public Optional<String> refusal(TenantId tenant, Dimension dimension, String value) {
        if (DimensionValue.REGISTERED.contains(dimension)) {
            return registered(tenant, dimension, value);
        }
        if (dimension != Dimension.CUSTOMER && dimension != Dimension.SUPPLIER && dimension != Dimension.ITEM
                && dimension != Dimension.WAREHOUSE) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Optional.of("'" + value + "' is not a " + dimension.wireName() + " id");
        }
        boolean known = id > 0 && switch (dimension) {
            case CUSTOMER -> partners.partner(tenant, new PartnerId(id)).map(p -> p.isCustomer()).getOrElse(false);
            case SUPPLIER -> partners.partner(tenant, new PartnerId(id)).map(p -> p.isSupplier()).getOrElse(false);
            case ITEM -> catalog.skus(tenant, List.of(id)).containsKey(id);
            default -> catalog.warehouses(tenant).map(all -> all.stream()
                    .anyMatch(w -> w.warehouse().id().value() == id)).getOrElse(false);
        };
        return known ? Optional.empty() : Optional.of("no " + dimension.wireName() + " " + value + " in these books");
    }

    /** In the dimension's register; a branch may also be the branch of a warehouse (what generated stock lines name). */
    private Optional<String> registered(TenantId tenant, Dimension dimension, String value) {
        if (registers.known(tenant, dimension, value)) {
            return Optional.empty();
        }
        if (dimension == Dimension.BRANCH && catalog.warehouses(tenant).map(all -> all.stream()
                .anyMatch(w -> Long.toString(w.warehouse().branch().value()).equals(value))).getOrElse(false)) {
            return Optional.empty();
        }
        return Optional.of("no " + dimension.wireName() + " " + value + " in these books (register it first: POST "
                + "/api/v1/accounting/dimensions/" + dimension.wireName() + ")");
    }
}
