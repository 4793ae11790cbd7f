package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.inventory.CostingKey;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.OrderingKey;
import io.xinling.domain.inventory.costing.CostDeltas;
import io.xinling.domain.inventory.costing.CostingTape;
import io.xinling.domain.inventory.costing.RecostReport;
import io.xinling.domain.inventory.costing.Recoster;
import io.xinling.domain.inventory.costing.StoredCost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One change of the ledger: remove some rows, add others, re-cost the affected closure from the
 * earliest changed ordering key, and report the new rows and the cost deltas of the others.
 */
final class Posting {

    /** Ordering key, then the movement id, so that equal keys never depend on arrival order. */
    static final Comparator<StockMovement> ORDER = (a, b) -> {
        int c = a.spec().ordering().compareTo(b.spec().ordering());
        return c != 0 ? c : a.id().compareTo(b.id());
    };

    private Posting() {
    }

    /**
     * The rows after the change and the deltas of the other rows it re-costed. A tail post leaves {@code rows}
     * null and gives the rows it {@code appended} (see {@link StockLedger#with(Change, java.util.Map, Set)}).
     */
    record Change(List<StockMovement> rows, List<CostDelta> deltas, List<StockMovement> appended) {

        Change(List<StockMovement> rows, List<CostDelta> deltas) {
            this(rows, deltas, null);
        }
    }

    /** Whether a post at the tail may take {@link TailPosting} (tests switch it off to compare with the full path). */
    static volatile boolean tails = true;

    static Either<InventoryError, Change> apply(StockLedger ledger, Set<MovementId> removed, List<MovementSpec> added,
                                                boolean fullReplay) {
        return apply(ledger, removed, added, fullReplay, Set.of());
    }

    /**
     * As above; the rows of {@code carried} (lines a document adds to a scope change) are reported with cost
     * deltas from zero, as re-costed rows of their own document, not as new rows of the change.
     */
    static Either<InventoryError, Change> apply(StockLedger ledger, Set<MovementId> removed, List<MovementSpec> added,
                                                boolean fullReplay, Set<MovementId> carried) {
        if (tails && removed.isEmpty() && !fullReplay && carried.isEmpty() && !added.isEmpty()) {
            Either<InventoryError, Change> tail = TailPosting.apply(ledger, added);
            if (tail != null) {
                return tail;
            }
        }
        List<StockMovement> merged = new ArrayList<>(ledger.movements().size() + added.size());
        Set<CostingKey> touched = new HashSet<>();
        java.util.Map<MovementId, StoredCost> previous = new java.util.HashMap<>();
        OrderingKey earliest = null;
        for (StockMovement m : ledger.movements()) {
            if (removed.contains(m.id())) {
                touched.add(m.spec().key());
                earliest = min(earliest, m.spec().ordering());
                previous.put(m.id(), m.cost());
            } else {
                merged.add(m);
            }
        }
        for (MovementSpec s : added) {
            merged.add(new StockMovement(s, previous.getOrDefault(s.id(), StoredCost.NONE)));
            touched.add(s.key());
            earliest = min(earliest, s.ordering());
        }
        merged.sort(ORDER);
        OrderingKey from = earliest;
        Set<MovementId> fresh = new HashSet<>();
        added.stream().filter(s -> !previous.containsKey(s.id()) && !carried.contains(s.id())).forEach(s -> fresh.add(s.id()));
        return SerialBook.check(merged.stream().map(StockMovement::spec).toList())
                .flatMap(ok -> TapeCompiler.compile(merged, ledger.setup()))
                .flatMap(c -> recost(c, merged, touched, from, fullReplay, ledger.setup())
                        .map(report -> read(c, merged, report.deltas(), fresh)));
    }

    private static Either<InventoryError, RecostReport> recost(TapeCompiler c, List<StockMovement> rows,
                                                               Set<CostingKey> touched, OrderingKey from,
                                                               boolean fullReplay, InventorySetup setup) {
        RecostReport report;
        if (fullReplay || from == null) {
            report = Recoster.replayAll(c.tape);
        } else {
            int start = firstAtOrAfter(rows, from);
            int[] seeds = touched.stream().filter(c.keys::containsKey).mapToInt(c.keys::get).toArray();
            report = Recoster.recost(c.tape, start, seeds);
        }
        return report.fault().<Either<InventoryError, RecostReport>>map(f -> Either.left(Faults.translate(f, rows, setup)))
                .orElseGet(() -> Either.right(report));
    }

    private static int firstAtOrAfter(List<StockMovement> rows, OrderingKey from) {
        int lo = 0;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows.get(mid).spec().ordering().compareTo(from) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Change read(TapeCompiler c, List<StockMovement> rows, CostDeltas d, Set<MovementId> fresh) {
        CostingTape tape = c.tape;
        List<StockMovement> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new StockMovement(rows.get(i).spec(), tape.stored(i)));
        }
        List<CostDelta> deltas = new ArrayList<>();
        for (int n = 0; n < d.size(); n++) {
            StockMovement m = out.get(d.position(n));
            if (!fresh.contains(m.id())) {
                deltas.add(new CostDelta(m.id(), m.money(d.oldAmount(n)), m.money(d.newAmount(n)),
                        m.money(d.oldSettlement(n)), m.money(d.newSettlement(n))));
            }
        }
        return new Change(out, deltas);
    }

    private static OrderingKey min(OrderingKey a, OrderingKey b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }
}
