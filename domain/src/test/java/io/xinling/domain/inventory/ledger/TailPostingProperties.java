package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.ReturnLine;
import io.xinling.domain.inventory.document.SalesReturn;
import io.xinling.domain.inventory.document.ScopeChange;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A post at the tail of the ledger ({@link TailPosting}) gives exactly what the full path gives: every step of
 * generated histories is taken through the normal API, then again with the tail path switched off, and both
 * results (refusals, movements, deltas, balances, ledgers) must be equal, and equal to a full replay.
 */
class TailPostingProperties {

    private static long taken;
    private static long fellBack;
    private static long windowsCosted;

    @BeforeContainer
    static void count() {
        taken = TailPosting.TAKEN.get();
        fellBack = TailPosting.FELL_BACK.get();
        windowsCosted = TailPosting.COSTED_WINDOWS.get();
    }

    /** The generated histories reach the tail path, also over negative runs, and its fall-backs. */
    @AfterContainer
    static void exercised() {
        assertThat(TailPosting.TAKEN.get() - taken).as("tail posts").isGreaterThan(500);
        assertThat(TailPosting.FELL_BACK.get() - fellBack).as("tail posts that fell back").isGreaterThan(20);
        assertThat(TailPosting.COSTED_WINDOWS.get() - windowsCosted).as("tail posts costing a negative run again")
                .isGreaterThan(20);
    }

    @Provide
    Arbitrary<List<Op>> histories() {
        return LedgerArbitraries.histories();
    }

    @Provide
    Arbitrary<List<Op>> richHistories() {
        return LedgerArbitraries.richHistories();
    }

    @Property
    void every_step_takes_the_same_result_as_the_full_path(@ForAll("histories") List<Op> ops,
                                                           @ForAll CostingScope scope, @ForAll boolean negative) {
        run(ops, scope, negative);
    }

    /** Histories in date order on negative stock: most posts are at the tail, many inside negative runs. */
    @Property
    void in_date_order_on_negative_stock_every_step_takes_the_same_result_as_the_full_path(
            @ForAll("histories") List<Op> ops, @ForAll CostingScope scope) {
        run(ops.stream().sorted(java.util.Comparator.comparingInt(Op::day)).toList(), scope, true);
    }

    private static void run(List<Op> ops, CostingScope scope, boolean negative) {
        StockLedger ledger = StockLedger.empty(HistoryRun.setup(scope, negative));
        List<InventoryDocument> posted = new ArrayList<>();
        for (int n = 0; n < ops.size(); n++) {
            Op op = ops.get(n);
            StockLedger at = ledger;
            Supplier<Either<InventoryError, PostingResult>> step;
            InventoryDocument doc = null;
            if (op.kind() == Op.Kind.CANCEL || op.kind() == Op.Kind.REDATE) {
                if (posted.isEmpty()) {
                    continue;
                }
                InventoryDocument target = posted.get(op.target() % posted.size());
                if (op.kind() == Op.Kind.CANCEL) {
                    step = () -> at.cancel(target.header().id());
                } else {
                    InventoryDocument moved = HistoryRun.redated(target, op.day());
                    step = () -> at.edit(moved);
                }
            } else if (op.kind() == Op.Kind.RETURN) {
                List<Issue> sales = posted.stream().filter(Issue.class::isInstance).map(Issue.class::cast).toList();
                if (sales.isEmpty()) {
                    continue;
                }
                Issue sale = sales.get(op.target() % sales.size());
                InventoryDocument ret = new SalesReturn(DocumentHeader.of(n + 1, n + 1, Fixture.jan(op.day())),
                        sale.warehouse(), List.of(new ReturnLine(new io.xinling.domain.inventory.document.StockLine(1,
                        sale.lines().get(0).sku(), sale.lines().get(0).quantity(), java.util.Optional.empty(), List.of()),
                        new MovementId(sale.header().id(), 1, 0))));
                doc = ret;
                step = () -> at.post(ret);
            } else {
                InventoryDocument d = HistoryRun.document(op, n + 1);
                doc = d;
                step = () -> at.post(d);
            }
            Either<InventoryError, PostingResult> result = bothPaths(at, step);
            if (result.isRight()) {
                ledger = result.get().ledger();
                StockLedger now = ledger;
                posted.removeIf(d -> now.document(d.header().id()).isEmpty());
                if (doc != null) {
                    posted.add(doc);
                } else if (op.kind() == Op.Kind.REDATE) {
                    posted.replaceAll(d -> now.document(d.header().id()).orElse(d));
                }
            }
        }
    }

    @Property
    void every_step_of_rich_histories_with_scope_switches_takes_the_same_result_as_the_full_path(
            @ForAll("richHistories") List<Op> ops, @ForAll CostingScope scope, @ForAll boolean negative,
            @ForAll @IntRange(min = 0, max = 30) int switchAt) {
        RichHistoryRun.run(ops, scope, negative, switchAt, (before, result) -> {
            Supplier<Either<InventoryError, PostingResult>> step = stepOf(before, result.ledger());
            if (step != null) {
                Either<InventoryError, PostingResult> full = fullPath(step);
                assertThat(full.isRight()).isTrue();
                same(result, full.get());
            }
            assertThat(result.ledger().replayed().get().movements()).isEqualTo(result.ledger().movements());
        });
    }

    /** A sale at the tail of a ledger with a negative run: the run is costed again, and holes settle. */
    @Example
    void a_receipt_at_the_tail_settles_the_holes_of_the_sales_before_it() {
        StockLedger ledger = Fixture.post(Fixture.ledger(CostingScope.PER_WAREHOUSE, true),
                Fixture.receipt(1, Fixture.jan(1), Fixture.W1, 1, "2", "10.00"));
        long costed = TailPosting.COSTED_WINDOWS.get();
        long tails = TailPosting.TAKEN.get();
        for (long doc = 2; doc <= 6; doc++) {
            long d = doc;
            StockLedger at = ledger;
            ledger = bothPaths(at, () -> at.post(Fixture.sale(d, Fixture.jan(2), Fixture.W1, 1, "1"))).get().ledger();
        }
        StockLedger at = ledger;
        ledger = bothPaths(at, () -> at.post(Fixture.receipt(7, Fixture.jan(3), Fixture.W1, 1, "5", "60.00")))
                .get().ledger();
        assertThat(TailPosting.TAKEN.get() - tails).isEqualTo(6);
        assertThat(TailPosting.COSTED_WINDOWS.get() - costed).isGreaterThanOrEqualTo(3);
        assertThat(Fixture.line(ledger, 7, 1, 0).cost().settlements()).hasSize(3);
        assertThat(ledger.replayed().get().movements()).isEqualTo(ledger.movements());
    }

    /** Cost adjustments (refused on negative stock, then accepted) and a late landed cost, all at the tail. */
    @Example
    void value_only_documents_at_the_tail_take_the_same_result_as_the_full_path() {
        StockLedger ledger = Fixture.post(Fixture.ledger(CostingScope.PER_WAREHOUSE, true),
                Fixture.receipt(1, Fixture.jan(2), Fixture.W1, 1, "100", "1000.00"),
                Fixture.sale(2, Fixture.jan(10), Fixture.W1, 1, "140"));
        long tails = TailPosting.TAKEN.get();
        StockLedger negative = ledger;
        var refused = bothPaths(negative, () -> negative.post(adjustment(3, 11, "12.34")));
        assertThat(refused.getLeft().code()).isEqualTo("inventory.adjustment-not-allowed");
        StockLedger at = ledger;
        ledger = bothPaths(at, () -> at.post(Fixture.receipt(4, Fixture.jan(12), Fixture.W1, 1, "50", "600.00")))
                .get().ledger();
        StockLedger held = ledger;
        ledger = bothPaths(held, () -> held.post(adjustment(5, 13, "12.34"))).get().ledger();
        StockLedger closed = ledger.withSetup(ledger.setup().withPeriods(
                io.xinling.domain.inventory.Periods.allOpen().close(java.time.YearMonth.of(2026, 1))));
        var late = new io.xinling.domain.inventory.document.LandedCost(DocumentHeader.of(6, 6, Fixture.jan(15).plusMonths(1)),
                new DocumentId(1), io.xinling.domain.kernel.Money.cny("50.00"),
                io.xinling.domain.inventory.document.LandedCostBasis.QUANTITY);
        PostingResult charged = bothPaths(closed, () -> closed.post(late)).get();
        assertThat(charged.movements()).hasSize(1);
        assertThat(TailPosting.TAKEN.get() - tails).isGreaterThanOrEqualTo(4);
    }

    private static io.xinling.domain.inventory.document.CostAdjustment adjustment(long doc, int day, String amount) {
        return new io.xinling.domain.inventory.document.CostAdjustment(DocumentHeader.of(doc, doc, Fixture.jan(day)),
                Fixture.W1, List.of(new io.xinling.domain.inventory.document.AdjustmentLine(1, Fixture.sku(1),
                java.util.Optional.empty(), io.xinling.domain.kernel.Money.cny(amount))));
    }

    /** Runs {@code step} on the tail path (when it applies) and on the full path; both must agree. */
    private static Either<InventoryError, PostingResult> bothPaths(StockLedger before,
                                                                   Supplier<Either<InventoryError, PostingResult>> step) {
        Either<InventoryError, PostingResult> tail = step.get();
        Either<InventoryError, PostingResult> full = fullPath(step);
        assertThat(tail.isRight()).as("accepted: %s / %s", tail, full).isEqualTo(full.isRight());
        if (tail.isLeft()) {
            assertThat(tail.getLeft()).isEqualTo(full.getLeft());
            return tail;
        }
        same(tail.get(), full.get());
        assertThat(tail.get().ledger().replayed().get().movements()).isEqualTo(tail.get().ledger().movements());
        assertThat(before.movements()).isEqualTo(before.replayed().get().movements());
        return tail;
    }

    private static Either<InventoryError, PostingResult> fullPath(Supplier<Either<InventoryError, PostingResult>> step) {
        Posting.tails = false;
        try {
            return step.get();
        } finally {
            Posting.tails = true;
        }
    }

    private static void same(PostingResult tail, PostingResult full) {
        assertThat(tail.movements()).isEqualTo(full.movements());
        assertThat(tail.deltas()).isEqualTo(full.deltas());
        assertThat(tail.keyBalances()).isEqualTo(full.keyBalances());
        assertThat(tail.slotBalances()).isEqualTo(full.slotBalances());
        StockLedger a = tail.ledger();
        StockLedger b = full.ledger();
        assertThat(a.movements()).isEqualTo(b.movements());
        assertThat(new HashMap<>(a.posted())).isEqualTo(new HashMap<>(b.posted()));
        assertThat(new HashSet<>(a.cancelled())).isEqualTo(new HashSet<>(b.cancelled()));
        assertThat(a.scopeChanges()).isEqualTo(b.scopeChanges());
        assertThat(a.keyBalances()).isEqualTo(b.keyBalances());
        assertThat(a.slotBalances()).isEqualTo(b.slotBalances());
        a.keyBalances().forEach(k -> assertThat(a.keyBalance(k.key())).contains(k));
        a.slotBalances().forEach(s -> assertThat(a.slotBalance(s.slot())).contains(s));
        a.movements().forEach(m -> assertThat(a.movement(m.id())).contains(m));
    }

    /** The change that made {@code after} from {@code before}: a post, a cancel or an edit (null: not known). */
    private static Supplier<Either<InventoryError, PostingResult>> stepOf(StockLedger before, StockLedger after) {
        Set<DocumentId> added = new HashSet<>(after.posted().keySet());
        added.removeAll(before.posted().keySet());
        if (added.size() == 1) {
            InventoryDocument doc = after.document(added.iterator().next()).orElseThrow();
            return () -> before.post(doc);
        }
        Set<DocumentId> gone = new HashSet<>(before.posted().keySet());
        gone.removeAll(after.posted().keySet());
        if (gone.size() == 1) {
            DocumentId id = gone.iterator().next();
            return () -> before.cancel(id);
        }
        List<InventoryDocument> edited = after.documents().stream().filter(d -> !(d instanceof ScopeChange))
                .filter(d -> !d.equals(before.document(d.header().id()).orElse(null))).toList();
        assertThat(edited).hasSizeLessThanOrEqualTo(1);
        return edited.isEmpty() ? null : () -> before.edit(edited.get(0)); // null: an edit that changed nothing

    }
}
