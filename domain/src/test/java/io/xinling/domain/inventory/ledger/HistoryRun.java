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
        StockLedger ledger = StockLedger.empty(setup(scope, negative));
        List<InventoryDocument> posted = new ArrayList<>();
        for (int n = 0; n < ops.size(); n++) {
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
            var expected = NaiveModel.run(candidate, scope, negative);
            assertThat(result.isRight()).as("step %d %s: ledger %s, model %s", n, op,
                    result.fold(InventoryError::code, r -> "accepted"), expected.isPresent() ? "accepts" : "refuses")
                    .isEqualTo(expected.isPresent());
            if (result.isRight()) {
                check.after(ledger, result.get(), expected.get());
                ledger = result.get().ledger();
                posted = candidate;
            }
        }
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
