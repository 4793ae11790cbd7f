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
import java.util.Set;
import java.util.SortedSet;

/**
 * The stored stock ledger: SKU groups whose head rows serialise posting across nodes (a SKU is its own
 * group until a document links its costs to another's), append-only movements whose cost columns
 * re-costing rewrites, cost deltas, and the current balances.
 */
public interface LedgerStore {

    /** The SKUs of a group. */
    Set<Long> members(TenantId tenant, long group);

    /** Locks a group's head until the transaction ends and returns its version (0 for a new group). */
    long lockGroup(TenantId tenant, long group);

    /**
     * {@link #lockGroup} for several groups in one go, locked in ascending order, then, in the same round trip, the
     * groups of {@code skus} as they are once those locks are held and a new event number ({@link #nextEvent}).
     */
    Locked lockGroups(TenantId tenant, SortedSet<Long> groups, Collection<Long> skus);

    /**
     * {@link #lockGroups} for the groups {@code skus} belong to when the locking starts, in one round trip; a SKU whose
     * group changed before its lock was held shows its new group in {@link Locked#groups}, which may still need locking.
     */
    Locked lockGroupsOf(TenantId tenant, Collection<Long> skus);

    /** What {@link #lockGroups} found: the locked groups' versions, the SKUs' groups after locking, an event number. */
    record Locked(Map<Long, Long> versions, Map<Long, Long> groups, long event) {
    }

    /** The committed version of every group of the tenant, without a lock. */
    Map<Long, Long> groupVersions(TenantId tenant);

    /**
     * The committed versions of the groups of some SKUs (0 for one with no event yet), without a lock, read with the
     * groups in one statement.
     */
    Map<Long, Long> versionsOfGroupsOf(TenantId tenant, Collection<Long> skus);

    /** A new event number, greater than any taken before. */
    long nextEvent();

    /** Records a post or cancel as the latest event of each group and moves their heads to it. */
    void recordEvent(TenantId tenant, Collection<Long> groups, long event, long document, boolean cancellation);

    /**
     * Joins groups, all locked by the caller, into the new group {@code into} (locked too): their SKUs and
     * events move there, and the old heads go back to version 0, so no cached ledger of them is reused.
     */
    void mergeGroups(TenantId tenant, long into, Collection<Long> others);

    void appendMovements(TenantId tenant, List<StockMovement> movements);

    void updateCosts(TenantId tenant, List<StockMovement> movements);

    void cancelMovements(TenantId tenant, DocumentId document);

    void appendDeltas(TenantId tenant, DocumentId causedBy, List<CostDelta> deltas, Instant at);

    void saveBalances(TenantId tenant, List<KeyBalance> keys, List<SlotBalance> slots);

    /** Sets the on-hand quantity per warehouse and SKU (reservations stay). */
    void setOnHand(TenantId tenant, Map<WarehouseId, Map<SkuId, Quantity>> onHand);

    /**
     * What a post at the tail of the ledger writes, together: {@link #appendMovements}, {@link #saveBalances} and
     * {@link #setOnHand} (a post that re-costed no other row, carried none and made no cost delta).
     */
    void appendAtTail(TenantId tenant, List<StockMovement> movements, List<KeyBalance> keys, List<SlotBalance> slots,
                      Map<WarehouseId, Map<SkuId, Quantity>> onHand);

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
