package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.document.Assembly;
import io.xinling.domain.inventory.document.CountLine;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.IssuePurpose;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.ReceiptPurpose;
import io.xinling.domain.inventory.document.ScopeChange;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.document.Stocktake;
import io.xinling.domain.inventory.document.Transfer;
import io.xinling.domain.inventory.document.ValuedLine;
import io.xinling.domain.inventory.document.WeightedLine;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.UnitQuantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a generated history against the ledger and, after every step, against the naïve model of the
 * resulting document multiset; hands each accepted step to a check.
 */
final class HistoryRun {

    interface Check {
        void after(StockLedger before, PostingResult result, Map<io.xinling.domain.inventory.MovementId, NaiveModel.Expected> expected);
    }

    private HistoryRun() {
    }

    static InventorySetup setup(CostingScope scope, boolean negative) {
        List<Sku> skus = new ArrayList<>(Fixture.plainSkus(3));
        skus.set(0, skus.get(0).withReferenceCost(Optional.of(Money.cny("5.00")), false));
        return Fixture.setup(scope, negative, skus);
    }

    static void run(List<Op> ops, CostingScope scope, boolean negative, Check check) {
        run(ops, scope, negative, -1, check);
    }

    /** The day of January the scope switches on (to the other scope), and the day it switches back. */
    static final int SWITCH_DAY = 3;
    static final int BACK_DAY = 4;

    /**
     * As {@link #run}, and before step {@code switchAt} (0 = on the empty ledger) the scope switches from
     * day {@link #SWITCH_DAY} to the other scope and back from {@link #BACK_DAY}: each switch is accepted only
     * while no posted document is dated on or after it; the model applies the switches with the lines it
     * expects (those carried so far, plus the (warehouse, SKU) of each document dated before, in leg order).
     */
    static void run(List<Op> ops, CostingScope scope, boolean negative, int switchAt, Check check) {
        StockLedger ledger = StockLedger.empty(setup(scope, negative));
        List<InventoryDocument> posted = new ArrayList<>();
        List<ScopeChange> switches = new ArrayList<>();
        for (int n = 0; n <= ops.size(); n++) {
            if (n == switchAt) {
                ledger = switchScope(ledger, posted, switches, scope, negative, SWITCH_DAY, 1001, check);
                CostingScope other = scope == CostingScope.PER_WAREHOUSE ? CostingScope.PER_ACCOUNT_SET
                        : CostingScope.PER_WAREHOUSE;
                ledger = switchScope(ledger, posted, switches, other, negative, BACK_DAY, 1002, check);
            }
            if (n == ops.size()) {
                break;
            }
            Op op = ops.get(n);
            List<InventoryDocument> candidate = new ArrayList<>(posted);
            Either<InventoryError, PostingResult> result;
            if (op.kind() == Op.Kind.CANCEL || op.kind() == Op.Kind.REDATE) {
                if (posted.isEmpty()) {
                    continue;
                }
                InventoryDocument target = posted.get(op.target() % posted.size());
                candidate.remove(target);
                if (op.kind() == Op.Kind.CANCEL) {
                    result = ledger.cancel(target.header().id());
                } else {
                    InventoryDocument moved = redated(target, op.day());
                    candidate.add(moved);
                    result = ledger.edit(moved);
                }
            } else if (op.kind() == Op.Kind.RETURN) {
                List<Issue> sales = posted.stream().filter(Issue.class::isInstance).map(Issue.class::cast).toList();
                if (sales.isEmpty()) {
                    continue;
                }
                Issue sale = sales.get(op.target() % sales.size());
                InventoryDocument doc = new io.xinling.domain.inventory.document.SalesReturn(
                        DocumentHeader.of(n + 1, n + 1, Fixture.jan(op.day())), sale.warehouse(),
                        List.of(new io.xinling.domain.inventory.document.ReturnLine(line(1, sale.lines().get(0).sku().value(),
                                op.milli()), new io.xinling.domain.inventory.MovementId(sale.header().id(), 1, 0))));
                candidate.add(doc);
                result = ledger.post(doc);
            } else {
                InventoryDocument doc = document(op, n + 1);
                candidate.add(doc);
                result = ledger.post(doc);
            }
            List<ScopeChange> expectedSwitches = carried(switches, op, candidate, posted);
            var expected = NaiveModel.run(candidate, scope, negative, expectedSwitches);
            assertThat(result.isRight()).as("step %d %s: ledger %s, model %s", n, op,
                    result.fold(InventoryError::code, r -> "accepted"), expected.isPresent() ? "accepts" : "refuses")
                    .isEqualTo(expected.isPresent());
            if (result.isRight()) {
                assertThat(result.get().ledger().scopeChanges()).as("lines carried by the switches")
                        .isEqualTo(expectedSwitches);
                check.after(ledger, result.get(), expected.get());
                ledger = result.get().ledger();
                posted = candidate;
                switches = new ArrayList<>(expectedSwitches);
            }
        }
    }

    private static StockLedger switchScope(StockLedger ledger, List<InventoryDocument> posted, List<ScopeChange> switches,
                                           CostingScope from, boolean negative, int day, long id, Check check) {
        CostingScope to = from == CostingScope.PER_WAREHOUSE ? CostingScope.PER_ACCOUNT_SET : CostingScope.PER_WAREHOUSE;
        if (ScopeSwitch.scopeOn(ledger, Fixture.jan(day - 1)) == to) {
            return ledger; // the first switch was refused: nothing to switch back from
        }
        ScopeChange change = ScopeSwitch.change(ledger, id, Fixture.jan(day), to);
        var result = ledger.post(change);
        boolean allowed = posted.stream().noneMatch(d -> !d.header().date().isBefore(Fixture.jan(day)))
                && switches.stream().noneMatch(c -> !c.header().date().isBefore(Fixture.jan(day)))
                && (switches.isEmpty() || switches.get(switches.size() - 1).to() == from);
        assertThat(result.isRight()).as("switch on day %d", day).isEqualTo(allowed);
        if (!allowed) {
            return ledger;
        }
        List<ScopeChange> all = new ArrayList<>(switches);
        all.add(change);
        var expected = NaiveModel.run(posted, from, negative, all);
        assertThat(expected).isPresent();
        check.after(ledger, result.get(), expected.get());
        switches.add(change);
        return result.get().ledger();
    }

    /** The switches with a line for each (warehouse, SKU) the step's document moves before them, in leg order. */
    private static List<ScopeChange> carried(List<ScopeChange> switches, Op op, List<InventoryDocument> candidate,
                                             List<InventoryDocument> posted) {
        if (switches.isEmpty() || op.kind() == Op.Kind.CANCEL || candidate.size() <= posted.size() - 1) {
            return switches;
        }
        InventoryDocument doc = candidate.get(candidate.size() - 1);
        List<ScopeChange> out = new ArrayList<>();
        for (ScopeChange c : switches) {
            if (!doc.header().date().isBefore(c.header().date())) {
                out.add(c);
                continue;
            }
            java.util.Set<List<Long>> have = new java.util.HashSet<>();
            c.lines().forEach(l -> have.add(List.of(l.warehouse().value(), l.sku().value())));
            List<ScopeChange.Line> more = new ArrayList<>();
            int next = c.lines().size();
            for (long[] p : NaiveModel.pairsOf(doc)) {
                if (have.add(List.of(p[0], p[1]))) {
                    more.add(new ScopeChange.Line(++next, Fixture.sku(p[1]), new WarehouseId(p[0]), Optional.empty()));
                }
            }
            out.add(c.withLines(more));
        }
        return out;
    }

    static InventoryDocument redated(InventoryDocument d, int day) {
        DocumentHeader h = new DocumentHeader(d.header().id(), d.header().seq(), Fixture.jan(day), d.header().time());
        if (d instanceof Receipt r) {
            return new Receipt(h, r.warehouse(), r.purpose(), r.lines());
        }
        if (d instanceof Issue i) {
            return new Issue(h, i.warehouse(), i.purpose(), i.lines());
        }
        if (d instanceof Transfer t) {
            return new Transfer(h, t.from(), t.to(), t.lines());
        }
        if (d instanceof Stocktake s) {
            return new Stocktake(h, s.warehouse(), s.lines());
        }
        if (d instanceof Assembly a) {
            return new Assembly(h, a.warehouse(), a.kits(), a.components(), a.fee());
        }
        if (d instanceof io.xinling.domain.inventory.document.SalesReturn r) {
            return new io.xinling.domain.inventory.document.SalesReturn(h, r.warehouse(), r.lines());
        }
        if (d instanceof io.xinling.domain.inventory.document.TransferDispatch t) {
            return new io.xinling.domain.inventory.document.TransferDispatch(h, t.from(), t.to(), t.lines());
        }
        if (d instanceof io.xinling.domain.inventory.document.TransferReceipt t) {
            return new io.xinling.domain.inventory.document.TransferReceipt(h, t.dispatch(), t.lines());
        }
        var x = (io.xinling.domain.inventory.document.Disassembly) d;
        return new io.xinling.domain.inventory.document.Disassembly(h, x.warehouse(), x.kit(), x.components(), x.fee());
    }

    static InventoryDocument document(Op op, long id) {
        DocumentHeader h = DocumentHeader.of(id, id, Fixture.jan(op.day()));
        WarehouseId w = new WarehouseId(op.warehouse());
        StockLine line = line(1, op.sku(), op.milli());
        return switch (op.kind()) {
            case RECEIPT -> new Receipt(h, w, ReceiptPurpose.PURCHASE, List.of(new ValuedLine(line, Money.cny(op.fen()))));
            case SALE -> new Issue(h, w, IssuePurpose.SALE, List.of(line));
            case TRANSFER -> new Transfer(h, w, new WarehouseId(op.otherWarehouse()), List.of(line));
            case STOCKTAKE -> new Stocktake(h, w, List.of(new CountLine(1, Fixture.sku(op.sku()), Optional.empty(),
                    new UnitQuantity(qty(op.milli()), Fixture.PCS))));
            case ASSEMBLY -> new Assembly(h, w, List.of(WeightedLine.of(line(3, 3, 1000))),
                    List.of(line(1, 1, op.milli()), line(2, 2, op.otherMilli())), Money.cny(op.fen()));
            default -> throw new IllegalArgumentException("not a simple document: " + op.kind());
        };
    }

    private static StockLine line(int no, long sku, long milli) {
        return new StockLine(no, Fixture.sku(sku), new UnitQuantity(qty(milli), Fixture.PCS), Optional.empty(), List.of());
    }

    private static Quantity qty(long milli) {
        return new Quantity(BigDecimal.valueOf(milli, 3));
    }
}
