package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.inventory.costing.CostingTape;
import io.xinling.domain.inventory.costing.SettlementPart;
import io.xinling.domain.inventory.costing.StoredCost;
import io.xinling.domain.kernel.Money;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compiles ledger rows (in ordering-key order) into a {@link CostingTape}, preloading stored costs. */
final class TapeCompiler {

    final CostingTape tape;
    final Map<CostingKey, Integer> keys = new HashMap<>();
    final Map<MovementId, Integer> positions;
    private final Map<StockSlot, Integer> slots = new HashMap<>();
    private final Map<Long, Integer> packed;

    private TapeCompiler(List<StockMovement> rows, int digits) {
        positions = new HashMap<>(rows.size() * 4 / 3 + 1);
        packed = new HashMap<>(rows.size() * 4 / 3 + 1);
        Map<Object, Integer> places = new HashMap<>();
        List<Integer> placeOfSlot = new java.util.ArrayList<>();
        for (StockMovement row : rows) {
            keys.putIfAbsent(row.spec().key(), keys.size());
            if (slots.putIfAbsent(row.spec().slot(), slots.size()) == null) {
                placeOfSlot.add(places.computeIfAbsent(row.spec().slot().location(), l -> places.size()));
            }
        }
        tape = new CostingTape(rows.size(), keys.size(), slots.size(), digits);
        for (int s = 0; s < placeOfSlot.size(); s++) {
            tape.placeSlot(s, placeOfSlot.get(s));
        }
    }

    static Either<InventoryError, TapeCompiler> compile(List<StockMovement> rows, InventorySetup setup) {
        return compile(rows, setup, 0);
    }

    /**
     * As above; the rows before {@code unfed} (context rows of a tail post, never costed) may be fed by a row
     * that is not on the tape: they get no feed.
     */
    static Either<InventoryError, TapeCompiler> compile(List<StockMovement> rows, InventorySetup setup, int unfed) {
        TapeCompiler c = new TapeCompiler(rows, setup.settings().currency().getDefaultFractionDigits());
        for (int r = 0; r < rows.size(); r++) {
            StockMovement row = rows.get(r);
            MovementSpec s = row.spec();
            int feed = s.feed().isPresent() ? c.positions.getOrDefault(s.feed().get(), r < unfed ? -1 : -2) : -1;
            if (feed == -2) {
                return Either.left(new InventoryError.DatedBeforeItsSource(s.id(), s.feed().get()));
            }
            int key = c.keys.get(s.key());
            int i = c.tape.append(s.id().packed(), s.id().document().value(), key, c.slots.get(s.slot()),
                    s.kind(), micro(s), s.input().minor(), feed, s.negativeAllowed());
            s.weight().ifPresent(w -> c.tape.weigh(i, w));
            c.describe(key, setup.catalog().find(s.sku()).orElseThrow());
            c.positions.put(s.id(), i);
            c.packed.put(mix(s.id().packed()), i);
            c.tape.store(i, c.remap(row.cost()));
        }
        c.tape.seal();
        return Either.right(c);
    }

    /**
     * A bijection of packed movement ids (document << 24 | line << 4 | leg) that spreads them over the hash
     * table: {@code Long.hashCode} of the raw ids collides (high and low words overlap), so bins treeify.
     */
    static long mix(long packed) {
        long z = packed;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static long micro(MovementSpec s) {
        return s.quantity().value().unscaledValue().longValueExact();
    }

    private void describe(int key, Sku sku) {
        tape.describeKey(key, sku.referenceCost().map(Money::toDecimal).orElse(null), sku.zeroCostAllowed());
    }

    private StoredCost remap(StoredCost cost) {
        if (cost.settlements().isEmpty()) {
            return cost;
        }
        List<SettlementPart> parts = cost.settlements().stream()
                .map(p -> p.at(packed.getOrDefault(mix(p.holeMovement()), -1))).toList();
        return new StoredCost(cost.amount(), cost.settlement(), cost.derivedQty(), cost.qtyAfter(), cost.valueAfter(),
                cost.slotAfter(), cost.refQty(), cost.refValue(), cost.inQty(), cost.inAmount(), cost.basis(), parts);
    }
}
