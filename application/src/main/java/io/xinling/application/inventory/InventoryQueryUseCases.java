package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.application.inventory.port.LedgerStore;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.inventory.stock.BatchPick;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read models of the stock ledger. */
public interface InventoryQueryUseCases {

    Either<StockError, List<BalanceRow>> balances(TenantId tenant, LocalDate date, Optional<Long> warehouse,
                                                  Optional<Long> sku);

    /**
     * The stock value per item (sku id) and warehouse (its id, or {@code transit-<dispatch>} for goods in transit) at
     * the end of {@code date}, each as Σ of the stored amounts less settlements of the movements there: what the
     * vouchers book on 1403/1405 [item, warehouse] (I-4).
     */
    java.util.Map<List<String>, io.xinling.domain.kernel.Money> valueByItemAndWarehouse(TenantId tenant, LocalDate date);

    Either<StockError, List<StockMovement>> movements(TenantId tenant, long sku, Optional<Long> warehouse);

    Either<StockError, List<StockMovement>> serialTrace(TenantId tenant, String serial);

    Either<StockError, List<ExpiringBatch>> expiring(TenantId tenant, LocalDate before);

    /** The state of a serial number (in stock, issued, returned), per SKU that has it; not found when none has. */
    Either<StockError, List<SerialStatus>> serialState(TenantId tenant, String serial);

    /**
     * Which batches to pick {@code quantity} (in {@code unit}, the SKU's base unit when empty) of a batch-tracked SKU
     * from in a warehouse, first expired first out, as the ledger holds them now; refused (insufficient stock) when
     * the batches hold less.
     */
    Either<StockError, List<BatchPick>> fefo(TenantId tenant, long warehouse, long sku, String quantity,
                                             Optional<String> unit);

    Either<StockError, List<LedgerStore.Availability>> availability(TenantId tenant, Optional<Long> warehouse,
                                                                   Optional<Long> sku);
}
