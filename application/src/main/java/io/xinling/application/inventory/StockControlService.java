package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.application.inventory.port.LedgerStore;
import io.xinling.application.port.Transactor;
import io.xinling.domain.catalog.CatalogError;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;

import java.time.Clock;
import java.util.List;

/**
 * Reservations: one conditional update (on hand − reserved ≥ quantity) per reservation, so concurrent
 * reservations on any node never promise more than is on hand. A refused reservation of a warehouse or SKU
 * the tenant does not have says so ({@code inventory.unknown-warehouse}, {@code catalog.unknown-sku}).
 */
public final class StockControlService implements StockControlUseCases {

    private final Transactor transactor;
    private final LedgerStore store;
    private final Clock clock;
    private final CatalogUseCases catalog;

    public StockControlService(Transactor transactor, LedgerStore store, Clock clock, CatalogUseCases catalog) {
        this.transactor = transactor;
        this.store = store;
        this.clock = clock;
        this.catalog = catalog;
    }

    @Override
    public Either<StockError, Long> reserve(TenantId tenant, long warehouse, long sku, String quantity, String reference) {
        Either<StockError, Quantity> q = Quantity.parse("quantity", quantity == null ? "" : quantity).mapLeft(StockError::of)
                .filterOrElse(Quantity::isPositive, x -> new StockError.Invalid("quantity", "must be positive"));
        return q.flatMap(qty -> transactor.inTransaction(() -> {
            WarehouseId w = new WarehouseId(warehouse);
            SkuId s = new SkuId(sku);
            long id = store.reserve(tenant, w, s, qty, reference, clock.instant());
            if (id > 0) {
                return Either.right(id);
            }
            boolean knownWarehouse = catalog.warehouses(tenant).map(all -> all.stream()
                    .anyMatch(v -> v.warehouse().id().equals(w))).getOrElse(false);
            if (!knownWarehouse) {
                return Either.left(StockError.of(new InventoryError.UnknownWarehouse(w)));
            }
            if (!catalog.skus(tenant, List.of(sku)).containsKey(sku)) {
                return Either.left(StockError.of(new InventoryError.Catalog(new CatalogError.UnknownSku(s))));
            }
            Quantity available = store.availability(tenant, List.of(w), List.of(s)).stream()
                    .map(LedgerStore.Availability::available).findFirst().orElse(Quantity.ZERO);
            return Either.left(StockError.of(new InventoryError.ReservationExceedsAvailable(s, w, qty, available)));
        }));
    }

    @Override
    public Either<StockError, Boolean> release(TenantId tenant, long reservation) {
        return transactor.inTransaction(() -> store.release(tenant, reservation) ? Either.right(true)
                : Either.left(new StockError.NotFound("inventory", "reservation", Long.toString(reservation))));
    }
}
