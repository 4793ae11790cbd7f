package io.xinling.application.trade;

import io.xinling.application.inventory.CatalogUseCases;
import io.xinling.application.inventory.StockError;
import io.xinling.application.inventory.WarehouseView;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.kernel.DomainError;
import io.xinling.domain.kernel.TenantId;

import java.util.List;

/**
 * Puts a shortage of the stock ledger in the words of a trade document: the SKU and warehouse by code, the
 * shortfall in the base unit and the line's unit; never the ids of the inventory document the refusal rolled back.
 */
final class StockShortages {

    private final CatalogUseCases catalog;

    StockShortages(CatalogUseCases catalog) {
        this.catalog = catalog;
    }

    TradeDocumentError plain(TenantId tenant, TradeDocumentError error) {
        if (!(root(error) instanceof InventoryError.InsufficientStock s) || !(s.location() instanceof Location.InWarehouse w)) {
            return error;
        }
        String sku = catalog.sku(tenant, s.sku().value()).map(Sku::code).getOrElse(() -> "#" + s.sku().value());
        String shortfall = s.shortfallInBase().equals(s.shortfallInDocumentUnit()) ? s.shortfallInBase().toString()
                : s.shortfallInBase() + " (" + s.shortfallInDocumentUnit() + ")";
        return new TradeDocumentError.InsufficientStock(sku, s.sku().value(), warehouseCode(tenant, w.warehouse()),
                w.warehouse().value(), s.batch().map(Object::toString), shortfall);
    }

    private String warehouseCode(TenantId tenant, WarehouseId id) {
        for (WarehouseView view : catalog.warehouses(tenant).getOrElse(List.of())) {
            if (view.warehouse().id().equals(id)) {
                return view.warehouse().code();
            }
        }
        return "#" + id.value();
    }

    private static DomainError root(DomainError error) {
        if (error instanceof TradeDocumentError.Refused r) {
            return root(r.cause());
        }
        return error instanceof StockError.Refused r ? root(r.cause()) : error;
    }
}
