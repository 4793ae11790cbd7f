package io.xinling.domain.inventory.ledger;

import io.vavr.control.Either;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.document.Disassembly;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.ReturnLine;
import io.xinling.domain.inventory.document.SalesReturn;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.document.TransferDispatch;
import io.xinling.domain.inventory.document.TransferReceipt;
import io.xinling.domain.inventory.document.WeightedLine;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.UnitQuantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs rich histories (returns, two-step transfers, disassembly) without an oracle; checks each accepted step. */
final class RichHistoryRun {

    interface Check {
        void after(StockLedger before, PostingResult result);
    }

    private RichHistoryRun() {
    }

    static void run(List<Op> ops, CostingScope scope, boolean negative, Check check) {
        run(ops, scope, negative, -1, check);
    }

    /** As above, switching the scope from day 3 and back from day 4 before step {@code switchAt}, when allowed. */
    static void run(List<Op> ops, CostingScope scope, boolean negative, int switchAt, Check check) {
        StockLedger ledger = StockLedger.empty(HistoryRun.setup(scope, negative));
        List<InventoryDocument> posted = new ArrayList<>();
        for (int n = 0; n <= ops.size(); n++) {
            if (n == switchAt) {
                for (int day = HistoryRun.SWITCH_DAY; day <= HistoryRun.BACK_DAY; day++) {
                    CostingScope before = ScopeSwitch.scopeOn(ledger, Fixture.jan(day - 1));
                    CostingScope to = before == CostingScope.PER_WAREHOUSE ? CostingScope.PER_ACCOUNT_SET
                            : CostingScope.PER_WAREHOUSE;
                    var switched = ledger.post(ScopeSwitch.change(ledger, 1000 + day, Fixture.jan(day), to));
                    if (switched.isRight()) {
                        check.after(ledger, switched.get());
                        ledger = switched.get().ledger();
                    }
                }
            }
            if (n == ops.size()) {
                break;
            }
            Op op = ops.get(n);
            Either<InventoryError, PostingResult> result;
            if (op.kind() == Op.Kind.CANCEL) {
                if (posted.isEmpty()) {
                    continue;
                }
                result = ledger.cancel(posted.get(op.target() % posted.size()).header().id());
            } else {
                Optional<InventoryDocument> doc = document(op, n + 1, posted);
                if (doc.isEmpty()) {
                    continue;
                }
                result = op.kind() == Op.Kind.REDATE ? ledger.edit(doc.get()) : ledger.post(doc.get());
                if (result.isRight()) {
                    posted.removeIf(d -> d.header().id().equals(doc.get().header().id()));
                    posted.add(doc.get());
                }
            }
            if (result.isRight()) {
                check.after(ledger, result.get());
                ledger = result.get().ledger();
                posted.removeIf(d -> ledger_lacks(result.get().ledger(), d));
            }
        }
    }

    private static boolean ledger_lacks(StockLedger l, InventoryDocument d) {
        return l.document(d.header().id()).isEmpty();
    }

    private static Optional<InventoryDocument> document(Op op, long id, List<InventoryDocument> posted) {
        DocumentHeader h = DocumentHeader.of(id, id, Fixture.jan(op.day()));
        WarehouseId w = new WarehouseId(op.warehouse());
        return switch (op.kind()) {
            case RETURN -> pick(posted, Issue.class, op).map(s -> new SalesReturn(h, s.warehouse(), List.of(new ReturnLine(
                    line(1, s.lines().get(0).sku().value(), op.milli()), new MovementId(s.header().id(), 1, 0)))));
            case DISPATCH -> Optional.of(new TransferDispatch(h, w, new WarehouseId(op.otherWarehouse()),
                    List.of(line(1, op.sku(), op.milli()))));
            case RECEIVE -> pick(posted, TransferDispatch.class, op).map(d -> new TransferReceipt(h, d.header().id(),
                    List.of(d.lines().get(0))));
            case DISASSEMBLY -> Optional.of(new Disassembly(h, w, line(3, 3, op.milli()),
                    List.of(WeightedLine.of(line(1, 1, 1000)), new WeightedLine(line(2, 2, op.otherMilli()),
                            Optional.of(BigDecimal.valueOf(3)))), Money.cny(op.fen())));
            case REDATE -> posted.isEmpty() ? Optional.empty()
                    : Optional.of(HistoryRun.redated(posted.get(op.target() % posted.size()), op.day()));
            default -> Optional.of(HistoryRun.document(op, id));
        };
    }

    private static <T> Optional<T> pick(List<InventoryDocument> posted, Class<T> type, Op op) {
        List<T> of = posted.stream().filter(type::isInstance).map(type::cast).toList();
        return of.isEmpty() ? Optional.empty() : Optional.of(of.get(op.target() % of.size()));
    }

    private static StockLine line(int no, long sku, long milli) {
        return new StockLine(no, Fixture.sku(sku), new UnitQuantity(new Quantity(BigDecimal.valueOf(milli, 3)),
                Fixture.PCS), Optional.empty(), List.of());
    }
}
