package io.xinling.domain.trade;

import io.vavr.control.Either;
import io.xinling.domain.catalog.Catalog;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.InventorySettings;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.PurchaseReturnCosting;
import io.xinling.domain.inventory.Warehouse;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.WarehouseKind;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.IssuePurpose;
import io.xinling.domain.inventory.document.PurchaseReturn;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.ReceiptPurpose;
import io.xinling.domain.inventory.document.ReturnLine;
import io.xinling.domain.inventory.document.SalesReturn;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.document.ValuedLine;
import io.xinling.domain.inventory.ledger.InventorySetup;
import io.xinling.domain.inventory.ledger.KeyBalance;
import io.xinling.domain.inventory.ledger.PostingResult;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Unit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Returns over generated trading histories (receipts at random prices, sales, partial and full sales returns
 * referencing a sale, purchase returns referencing a receipt at its price), on the stock ledger the trade
 * documents post to: I-26 (Σ return cost of a sale ≤ its cost, equal once all of it is back), I-27 (after a
 * purchase return Q = 0 ⇒ V = 0 and Q > 0 ⇒ V ≥ 0, under both purchase-return costings), and a full return
 * straight after the document restores the key exactly.
 */
class TradeReturnProperties {

    private static final Unit PCS = Unit.of("个");
    private static final WarehouseId W = new WarehouseId(1);
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    enum Kind { RECEIPT, SALE, SALES_RETURN, PURCHASE_RETURN }

    record Op(Kind kind, int a, int b) {
    }

    @Provide
    Arbitrary<List<Op>> histories() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(1, 20),
                Arbitraries.integers().between(1, 2_000)).as(Op::new).list().ofMinSize(1).ofMaxSize(40);
    }

    /** A sale of {@code qty} units and how many of them came back, at what cost in fen. */
    private static final class Sale {
        final long doc;
        final long qty;
        long returned;
        long returnedCost;

        Sale(long doc, long qty) {
            this.doc = doc;
            this.qty = qty;
        }
    }

    /** A receipt of {@code qty} units at {@code price} fen each and how many went back. */
    private record Bought(long doc, long qty, long price, long[] returned) {
    }

    private static final class Run {
        StockLedger ledger;
        long next = 1;
        final List<Sale> sales = new ArrayList<>();
        final List<Bought> receipts = new ArrayList<>();
        final List<long[]> afterPurchaseReturns = new ArrayList<>();

        Run(PurchaseReturnCosting costing) {
            InventorySettings settings = InventorySettings.defaults().withPurchaseReturnCosting(costing);
            ledger = StockLedger.empty(InventorySetup.of(settings, Catalog.of(List.of(Sku.simple(1, "S1", PCS))).get(),
                    List.of(Warehouse.of(1, WarehouseKind.CENTRAL))));
        }

        long[] balance() {
            List<KeyBalance> keys = ledger.keyBalances();
            long q = keys.stream().mapToLong(k -> k.quantity().value().longValueExact()).sum();
            long v = keys.stream().mapToLong(k -> k.value().minor()).sum();
            return new long[] {q, v};
        }

        DocumentHeader header() {
            long id = next++;
            return DocumentHeader.of(id, id, START.plusDays(id / 4));
        }

        PostingResult post(InventoryDocument doc) {
            Either<InventoryError, PostingResult> r = ledger.post(doc);
            assertThat(r.isRight()).as(() -> r.getLeft().code() + ": " + r.getLeft().message()).isTrue();
            ledger = r.get().ledger();
            return r.get();
        }

        long cost(long doc) {
            return Math.abs(ledger.movement(new MovementId(new DocumentId(doc), 1, 0)).orElseThrow().amount().minor());
        }

        long receive(long qty, long price) {
            DocumentHeader h = header();
            post(new Receipt(h, W, ReceiptPurpose.PURCHASE, List.of(new ValuedLine(line(qty), Money.of(qty * price, Money.CNY)))));
            receipts.add(new Bought(h.id().value(), qty, price, new long[1]));
            return h.id().value();
        }

        Sale sell(long qty) {
            DocumentHeader h = header();
            post(new Issue(h, W, IssuePurpose.SALE, List.of(line(qty))));
            Sale sale = new Sale(h.id().value(), qty);
            sales.add(sale);
            return sale;
        }

        long returnSale(Sale sale, long qty) {
            DocumentHeader h = header();
            post(new SalesReturn(h, W, List.of(new ReturnLine(line(qty), new MovementId(new DocumentId(sale.doc), 1, 0)))));
            long cost = cost(h.id().value());
            sale.returned += qty;
            sale.returnedCost += cost;
            return cost;
        }

        void returnPurchase(Bought bought, long qty) {
            DocumentHeader h = header();
            post(new PurchaseReturn(h, W, List.of(new ValuedLine(line(qty), Money.of(qty * bought.price(), Money.CNY)))));
            bought.returned()[0] += qty;
            afterPurchaseReturns.add(balance());
        }

        void play(List<Op> ops) {
            for (Op op : ops) {
                long q = balance()[0];
                switch (op.kind()) {
                    case RECEIPT -> receive(op.a(), op.b());
                    case SALE -> {
                        if (q > 0) {
                            sell(1 + (op.a() - 1) % q);
                        }
                    }
                    case SALES_RETURN -> {
                        List<Sale> open = sales.stream().filter(s -> s.returned < s.qty).toList();
                        if (!open.isEmpty()) {
                            Sale s = open.get(op.b() % open.size());
                            returnSale(s, 1 + (op.a() - 1) % (s.qty - s.returned));
                        }
                    }
                    case PURCHASE_RETURN -> {
                        List<Bought> open = receipts.stream().filter(r -> r.returned()[0] < r.qty()).toList();
                        if (!open.isEmpty() && q > 0) {
                            Bought r = open.get(op.b() % open.size());
                            returnPurchase(r, Math.min(q, 1 + (op.a() - 1) % (r.qty() - r.returned()[0])));
                        }
                    }
                }
            }
        }
    }

    private static StockLine line(long qty) {
        return StockLine.of(1, new SkuId(1), Long.toString(qty), PCS.code());
    }

    @Property
    void I26_the_returns_of_a_sale_never_exceed_its_cost_and_once_all_is_back_equal_it(
            @ForAll("histories") List<Op> ops, @ForAll PurchaseReturnCosting costing) {
        Run run = new Run(costing);
        run.play(ops);
        for (Sale s : run.sales) {
            assertThat(s.returnedCost).as("sale %d", s.doc).isLessThanOrEqualTo(run.cost(s.doc));
        }
        for (Sale s : run.sales) {
            if (s.returned < s.qty) {
                run.returnSale(s, s.qty - s.returned);
            }
            assertThat(s.returnedCost).as("sale %d fully returned", s.doc).isEqualTo(run.cost(s.doc));
        }
    }

    @Property
    void I27_after_a_purchase_return_no_value_without_units_and_never_negative_value(
            @ForAll("histories") List<Op> ops, @ForAll PurchaseReturnCosting costing) {
        Run run = new Run(costing);
        run.play(ops);
        for (Bought r : run.receipts) {
            long q = run.balance()[0];
            long left = r.qty() - r.returned()[0];
            if (left > 0 && q > 0) {
                run.returnPurchase(r, Math.min(q, left));
            }
        }
        for (long[] qv : run.afterPurchaseReturns) {
            if (qv[0] == 0) {
                assertThat(qv[1]).isZero();
            } else {
                assertThat(qv[1]).isNotNegative();
            }
        }
    }

    @Property
    void a_full_return_straight_after_a_sale_or_a_receipt_restores_the_key_exactly(
            @ForAll("histories") List<Op> ops, @ForAll Kind which) {
        Run run = new Run(PurchaseReturnCosting.ORIGINAL_PRICE);
        run.play(ops);
        long[] before = run.balance();
        Op last = ops.get(ops.size() - 1);
        if (which == Kind.SALE || which == Kind.SALES_RETURN) {
            if (before[0] == 0) {
                return;
            }
            Sale sale = run.sell(1 + (last.a() - 1) % before[0]);
            long cost = run.cost(sale.doc);
            assertThat(run.returnSale(sale, sale.qty)).isEqualTo(cost);
        } else {
            long doc = run.receive(last.a(), last.b());
            Bought bought = run.receipts.stream().filter(b -> b.doc() == doc).findFirst().orElseThrow();
            run.returnPurchase(bought, bought.qty());
        }
        assertThat(run.balance()).containsExactly(before);
    }
}
