package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.StockSlot;
import io.xinling.domain.inventory.costing.CostDeltas;
import io.xinling.domain.inventory.costing.CostingTape;
import io.xinling.domain.inventory.costing.MovementKind;
import io.xinling.domain.inventory.costing.RecostReport;
import io.xinling.domain.inventory.costing.Recoster;
import io.xinling.domain.inventory.costing.SettlementPart;
import io.xinling.domain.inventory.costing.StoredCost;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A post whose movements all order after the ledger's last one (a sale today): costs only the new rows, on
 * a tape of the new rows and their context, and gives exactly what {@link Posting}'s full path would: the
 * context of a costing key is its rows back to (and including) its last row with a non-negative quantity
 * after it (the closure re-cost restarts a key there, rebuilding the holes of a negative run), and of a
 * physical slot its row before the first costed one. The rows of the negative runs are costed again and must
 * come out as stored. Anything else (a feed into an existing row, referenced returns, scope-switch legs,
 * serials, context rows that are not simple, a context longer than {@link #WINDOW} rows) returns null: the
 * caller takes the full path.
 */
final class TailPosting {

    /** The most rows scanned back from the tail for the context. */
    static final int WINDOW = 4096;

    /** Posts that took this path, and tail posts that fell back to the full path (for tests). */
    static final AtomicLong TAKEN = new AtomicLong();
    static final AtomicLong FELL_BACK = new AtomicLong();
    /** Tail posts that costed rows of a negative run again. */
    static final AtomicLong COSTED_WINDOWS = new AtomicLong();

    private TailPosting() {
    }

    /** The change, a refusal, or null when the full path must decide. */
    static Either<InventoryError, Posting.Change> apply(StockLedger ledger, List<MovementSpec> added) {
        List<StockMovement> fresh = new ArrayList<>(added.size());
        added.forEach(s -> fresh.add(new StockMovement(s, StoredCost.NONE)));
        fresh.sort(Posting.ORDER);
        List<StockMovement> rows = ledger.movements();
        if (!rows.isEmpty() && fresh.get(0).spec().ordering().compareTo(rows.get(rows.size() - 1).spec().ordering()) <= 0) {
            return null; // not at the tail: no fall-back counted
        }
        Either<InventoryError, Posting.Change> change = tail(ledger, rows, fresh);
        (change == null ? FELL_BACK : TAKEN).incrementAndGet();
        return change;
    }

    private static Either<InventoryError, Posting.Change> tail(StockLedger ledger, List<StockMovement> rows,
                                                       List<StockMovement> fresh) {
        Set<MovementId> ids = new HashSet<>();
        fresh.forEach(m -> ids.add(m.id()));
        for (StockMovement m : fresh) {
            MovementSpec s = m.spec();
            if (s.kind() == MovementKind.RETURN_REFERENCED || isSwitch(s.kind()) || !s.serials().isEmpty()
                    || s.feed().isPresent() && !ids.contains(s.feed().get())) {
                return null;
            }
        }
        Window w = Window.of(ledger, rows, fresh);
        if (w == null) {
            return null;
        }
        int base = w.rows.size();
        List<StockMovement> tape = new ArrayList<>(base + fresh.size());
        tape.addAll(w.rows);
        tape.addAll(fresh);
        var compiled = TapeCompiler.compile(tape, ledger.setup(), base);
        if (compiled.isLeft()) {
            return null;
        }
        TapeCompiler c = compiled.get();
        int[] seeds = fresh.stream().map(m -> m.spec().key()).distinct().mapToInt(c.keys::get).toArray();
        RecostReport report = Recoster.recost(c.tape, base, seeds);
        if (report.fault().isPresent()) {
            return Either.left(Faults.translate(report.fault().get(), tape, ledger.setup()));
        }
        CostDeltas d = report.deltas();
        for (int n = 0; n < d.size(); n++) {
            if (d.position(n) < base) {
                return null;
            }
        }
        int[] global = new int[base];
        for (int i = 0; i < base; i++) {
            global[i] = w.positions.get(i);
        }
        int size = rows.size();
        for (int i = 0; i < base; i++) {
            if (w.costed.get(i) && !stored(c.tape, i, global, size, base).equals(w.rows.get(i).cost())) {
                return null;
            }
        }
        if (!w.costed.isEmpty()) {
            COSTED_WINDOWS.incrementAndGet();
        }
        List<StockMovement> out = new ArrayList<>(fresh.size());
        for (int j = 0; j < fresh.size(); j++) {
            out.add(new StockMovement(fresh.get(j).spec(), stored(c.tape, base + j, global, size, base)));
        }
        return Either.right(new Posting.Change(null, List.of(), List.copyOf(out)));
    }

    private static boolean isSwitch(MovementKind kind) {
        return kind == MovementKind.SWITCH_IN || kind == MovementKind.SWITCH_OUT;
    }

    /** Kinds a context row that is costed again may have: costed from its key's state alone. */
    private static boolean plain(MovementKind kind) {
        return switch (kind) {
            case INBOUND, INBOUND_AT_AVERAGE, OUTBOUND, PURCHASE_RETURN, PURCHASE_RETURN_AVERAGE, COUNT,
                 VALUE_ADJUSTMENT, VALUE_OR_EXPENSE -> true;
            default -> false;
        };
    }

    /** The stored outputs of tape position {@code i}, hole positions as positions of the whole ledger. */
    private static StoredCost stored(CostingTape tape, int i, int[] global, int size, int base) {
        StoredCost cost = tape.stored(i);
        if (cost.settlements().isEmpty()) {
            return cost;
        }
        List<SettlementPart> parts = cost.settlements().stream().map(p -> p.at(p.holePosition() < 0 ? p.holePosition()
                : p.holePosition() < base ? global[p.holePosition()] : size + p.holePosition() - base)).toList();
        return new StoredCost(cost.amount(), cost.settlement(), cost.derivedQty(), cost.qtyAfter(), cost.valueAfter(),
                cost.slotAfter(), cost.refQty(), cost.refValue(), cost.inQty(), cost.inAmount(), cost.basis(), parts);
    }

    /**
     * The context rows of a tail post, in ledger order: {@code positions} in the ledger, {@code costed} those a
     * closure re-cost costs again (the negative runs).
     */
    private record Window(List<StockMovement> rows, List<Integer> positions, java.util.BitSet costed) {

        static Window of(StockLedger ledger, List<StockMovement> rows, List<StockMovement> fresh) {
            RowIndex index = ledger.index();
            Set<CostingKey> open = new LinkedHashSet<>();
            Set<StockSlot> slots = new HashSet<>();
            int hi = -1;
            for (StockMovement m : fresh) {
                var key = index.keys.get(m.spec().key()).getOrNull();
                if (key != null && open.add(m.spec().key())) {
                    hi = Math.max(hi, key.last());
                }
                var slot = index.slots.get(m.spec().slot()).getOrNull();
                if (slot != null && slots.add(m.spec().slot())) {
                    hi = Math.max(hi, slot.last());
                }
            }
            List<Integer> picked = new ArrayList<>();
            List<Boolean> again = new ArrayList<>();
            for (int i = hi; i >= 0 && (!open.isEmpty() || !slots.isEmpty()); i--) {
                if (hi - i >= WINDOW) {
                    return null;
                }
                StockMovement m = rows.get(i);
                CostingKey k = m.spec().key();
                StockSlot s = m.spec().slot();
                if (isSwitch(m.spec().kind()) && (open.contains(k) || slots.contains(s))) {
                    return null;
                }
                if (open.contains(k)) {
                    picked.add(i);
                    if (m.cost().qtyAfter() >= 0) {
                        open.remove(k);
                        slots.remove(s);
                        again.add(false);
                    } else {
                        if (!plain(m.spec().kind())) {
                            return null;
                        }
                        slots.add(s);
                        again.add(true);
                    }
                } else if (slots.remove(s)) {
                    picked.add(i);
                    again.add(false);
                }
            }
            int n = picked.size();
            List<StockMovement> out = new ArrayList<>(n);
            List<Integer> positions = new ArrayList<>(n);
            java.util.BitSet costed = new java.util.BitSet(n);
            for (int j = n - 1; j >= 0; j--) {
                if (again.get(j)) {
                    costed.set(out.size());
                }
                positions.add(picked.get(j));
                out.add(rows.get(picked.get(j)));
            }
            return new Window(out, positions, costed);
        }
    }
}
