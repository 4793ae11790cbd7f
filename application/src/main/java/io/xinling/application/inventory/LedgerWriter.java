package io.xinling.application.inventory;

import io.xinling.application.inventory.port.LedgerStore;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.ledger.KeyBalance;
import io.xinling.domain.inventory.ledger.PostingResult;
import io.xinling.domain.inventory.ledger.SlotBalance;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.inventory.ledger.StockMovement;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.TenantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes what a post or cancel changed: new movements, re-costed rows, deltas, balances, on hand. */
final class LedgerWriter {

    private final LedgerStore store;

    LedgerWriter(LedgerStore store) {
        this.store = store;
    }

    void write(TenantId tenant, DocumentId doc, StockLedger before, PostingResult result, boolean cancel, Instant at) {
        StockLedger after = result.ledger();
        List<StockMovement> touchedRows = cancel ? before.movementsOf(doc) : result.movements();
        Set<CostingKey> keys = new LinkedHashSet<>();
        Set<StockSlot> slots = new LinkedHashSet<>();
        List<StockMovement> carried = new ArrayList<>();
        List<StockMovement> recosted = recosted(before, after, doc, carried);
        if (!cancel && recosted.isEmpty() && carried.isEmpty() && result.deltas().isEmpty()) {
            touch(touchedRows, keys, slots);
            store.appendAtTail(tenant, result.movements(), keyBalances(after, keys), slotBalances(after, slots),
                    onHand(after, slots));
            return;
        }
        if (cancel) {
            // a landed cost reversed late (spec 2.13) keeps the rows of a charge that landed at its own date
            if (touchedRows.stream().noneMatch(m -> after.movement(m.id()).isPresent())) {
                store.cancelMovements(tenant, doc);
            }
            // and gains its reversal rows as it leaves
            if (!result.movements().isEmpty()) {
                store.appendMovements(tenant, result.movements());
                touch(result.movements(), keys, slots);
            }
        } else {
            store.appendMovements(tenant, result.movements());
        }
        store.updateCosts(tenant, recosted);
        if (!carried.isEmpty()) {
            store.appendMovements(tenant, carried);
        }
        touch(carried, keys, slots);
        store.appendDeltas(tenant, doc, result.deltas(), at);
        touch(touchedRows, keys, slots);
        store.saveBalances(tenant, keyBalances(after, keys), slotBalances(after, slots));
        store.setOnHand(tenant, onHand(after, slots));
    }

    /** Adds the costing keys and slots of {@code rows} (whose balances are then written, in this order). */
    private static void touch(List<StockMovement> rows, Set<CostingKey> keys, Set<StockSlot> slots) {
        rows.forEach(m -> {
            keys.add(m.spec().key());
            slots.add(m.spec().slot());
        });
    }

    /**
     * Rows of other documents whose costs changed; rows a post added to a scope switch go to {@code carried}.
     * When {@code after} only appended rows to {@code before} (a post at the tail), the rows before are the
     * same: only the appended ones are looked at.
     */
    private static List<StockMovement> recosted(StockLedger before, StockLedger after, DocumentId doc,
                                                List<StockMovement> carried) {
        Optional<List<StockMovement>> appended = after.appendedTo(before);
        if (appended.isPresent()) {
            appended.get().stream().filter(m -> !m.id().document().equals(doc)).forEach(carried::add);
            return List.of();
        }
        List<StockMovement> changed = new ArrayList<>();
        if (aligned(before.movements(), after.movements(), doc, changed)) {
            return changed;
        }
        changed.clear();
        for (StockMovement m : after.movements()) {
            if (!m.id().document().equals(doc)) {
                Optional<StockMovement> old = before.movement(m.id());
                if (old.isPresent() && !old.get().cost().equals(m.cost())) {
                    changed.add(m);
                } else if (old.isEmpty()) {
                    carried.add(m);
                }
            }
        }
        return changed;
    }

    /**
     * {@link #recosted} in one walk over both ledgers, without indexing either's movement ids (for a backdated post
     * before 100,000 rows, building that index was about half the time of writing the change): when the rows of other
     * documents are the same rows in the same order before and after, as they are unless rows were carried or others'
     * rows removed, puts those whose cost changed in {@code changed} and returns true; otherwise false, and the caller
     * compares by id.
     */
    private static boolean aligned(List<StockMovement> was, List<StockMovement> now, DocumentId doc,
                                   List<StockMovement> changed) {
        int j = 0;
        for (StockMovement m : now) {
            if (m.id().document().equals(doc)) {
                continue;
            }
            while (j < was.size() && was.get(j).id().document().equals(doc)) {
                j++;
            }
            if (j == was.size() || !was.get(j).id().equals(m.id())) {
                return false;
            }
            if (!was.get(j).cost().equals(m.cost())) {
                changed.add(m);
            }
            j++;
        }
        return true;
    }

    private static List<KeyBalance> keyBalances(StockLedger after, Set<CostingKey> keys) {
        return keys.stream().map(k -> after.keyBalance(k).orElseGet(() -> new KeyBalance(k, Quantity.ZERO,
                Money.zero(after.setup().settings().currency())))).toList();
    }

    private static List<SlotBalance> slotBalances(StockLedger after, Set<StockSlot> slots) {
        return slots.stream().map(s -> after.slotBalance(s).orElseGet(() -> new SlotBalance(s, Quantity.ZERO))).toList();
    }

    /** On hand per warehouse and SKU over all batches, for the warehouses and SKUs of {@code slots}. */
    private static Map<WarehouseId, Map<SkuId, Quantity>> onHand(StockLedger after, Set<StockSlot> slots) {
        Map<WarehouseId, Map<SkuId, Quantity>> out = new HashMap<>();
        for (StockSlot s : slots) {
            if (s.location() instanceof Location.InWarehouse w) {
                out.computeIfAbsent(w.warehouse(), k -> new HashMap<>()).put(s.sku(), Quantity.ZERO);
            }
        }
        out.forEach((warehouse, skus) -> skus.replaceAll((sku, zero) -> {
            Quantity total = zero;
            for (StockSlot s : after.slotsOf(Location.of(warehouse), sku)) {
                total = total.plus(after.slotBalance(s).orElseThrow().onHand());
            }
            return total;
        }));
        return out;
    }
}
