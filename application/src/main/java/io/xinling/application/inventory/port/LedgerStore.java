package io.xinling.application.inventory.port;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.ledger.CostDelta;
import io.xinling.domain.inventory.ledger.KeyBalance;
import io.xinling.domain.inventory.ledger.SlotBalance;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The stored stock ledger: a head row per tenant that serialises posting across nodes, append-only
 * movements whose cost columns re-costing rewrites, cost deltas, and the current balances.
 */
public interface LedgerStore {

    /** Locks the tenant's ledger head until the transaction ends and returns its version. */
    long lockHead(TenantId tenant);

    /** The head's committed version, without a lock. */
    long headVersion(TenantId tenant);

    void setHead(TenantId tenant, long version);

    void appendMovements(TenantId tenant, List<StockMovement> movements);

    void updateCosts(TenantId tenant, List<StockMovement> movements);

    void cancelMovements(TenantId tenant, DocumentId document);

    void appendDeltas(TenantId tenant, DocumentId causedBy, List<CostDelta> deltas, Instant at);

    void saveBalances(TenantId tenant, List<KeyBalance> keys, List<SlotBalance> slots);

    /** Sets the on-hand quantity per warehouse and SKU (reservations stay). */
    void setOnHand(TenantId tenant, Map<WarehouseId, Map<SkuId, Quantity>> onHand);

    /** Reserves atomically when on hand − reserved covers the quantity; the id, or 0 when refused. */
    long reserve(TenantId tenant, WarehouseId warehouse, SkuId sku, Quantity quantity, String reference, Instant at);

    /** Releases an active reservation; false when there is none. */
    boolean release(TenantId tenant, long reservation);

    List<Availability> availability(TenantId tenant, Collection<WarehouseId> warehouses, Collection<SkuId> skus);

    /** On hand and reserved of one warehouse and SKU. */
    record Availability(WarehouseId warehouse, SkuId sku, Quantity onHand, Quantity reserved) {
        public Quantity available() {
            return onHand.minus(reserved);
        }
    }
}
