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
        if (cancel) {
            store.cancelMovements(tenant, doc);
        } else {
            store.appendMovements(tenant, result.movements());
        }
        List<StockMovement> carried = new ArrayList<>();
        store.updateCosts(tenant, recosted(before, after, doc, carried));
        if (!carried.isEmpty()) {
            store.appendMovements(tenant, carried);
        }
        carried.forEach(m -> {
            keys.add(m.spec().key());
            slots.add(m.spec().slot());
        });
        store.appendDeltas(tenant, doc, result.deltas(), at);
        touchedRows.forEach(m -> {
            keys.add(m.spec().key());
            slots.add(m.spec().slot());
        });
        store.saveBalances(tenant, keyBalances(after, keys), slotBalances(after, slots));
        store.setOnHand(tenant, onHand(after, slots));
    }

    /** Rows of other documents whose costs changed; rows a post added to a scope switch go to {@code carried}. */
    private static List<StockMovement> recosted(StockLedger before, StockLedger after, DocumentId doc,
                                                List<StockMovement> carried) {
        List<StockMovement> changed = new ArrayList<>();
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

    private static List<KeyBalance> keyBalances(StockLedger after, Set<CostingKey> keys) {
        Map<CostingKey, KeyBalance> now = new HashMap<>();
        after.keyBalances().forEach(b -> now.put(b.key(), b));
        return keys.stream().map(k -> now.getOrDefault(k, new KeyBalance(k, Quantity.ZERO,
                Money.zero(after.setup().settings().currency())))).toList();
    }

    private static List<SlotBalance> slotBalances(StockLedger after, Set<StockSlot> slots) {
        Map<StockSlot, SlotBalance> now = new HashMap<>();
        after.slotBalances().forEach(b -> now.put(b.slot(), b));
        return slots.stream().map(s -> now.getOrDefault(s, new SlotBalance(s, Quantity.ZERO))).toList();
    }

    /** On hand per warehouse and SKU over all batches, for the warehouses and SKUs of {@code slots}. */
    private static Map<WarehouseId, Map<SkuId, Quantity>> onHand(StockLedger after, Set<StockSlot> slots) {
        Map<WarehouseId, Map<SkuId, Quantity>> out = new HashMap<>();
        for (StockSlot s : slots) {
            if (s.location() instanceof Location.InWarehouse w) {
                out.computeIfAbsent(w.warehouse(), k -> new HashMap<>()).put(s.sku(), Quantity.ZERO);
            }
        }
        for (SlotBalance b : after.slotBalances()) {
            if (b.slot().location() instanceof Location.InWarehouse w && out.containsKey(w.warehouse())
                    && out.get(w.warehouse()).containsKey(b.slot().sku())) {
                out.get(w.warehouse()).merge(b.slot().sku(), b.onHand(), Quantity::plus);
            }
        }
        return out;
    }
}
