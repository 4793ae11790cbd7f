package io.xinling.benchmarks.inventory;

import io.xinling.domain.catalog.Catalog;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.InventorySettings;
import io.xinling.domain.inventory.Warehouse;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.WarehouseKind;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.IssuePurpose;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.ReceiptPurpose;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.document.ValuedLine;
import io.xinling.domain.inventory.ledger.InventorySetup;
import io.xinling.domain.inventory.ledger.PostingResult;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Unit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * JMH state for {@code ledger-post-tail}: a one-SKU ledger of {@code movements} rows (a receipt of half
 * of them, lines of 10 pieces, then an issue of the other half, lines of 1 piece), onto which single-line
 * sales of 1 piece are posted one after another at the tail, as a POS does. Every {@code movements / 10} posts
 * (at most 1,000) the chain restarts from the built ledger, so that the ledger stays within 10% of its size.
 */
@State(Scope.Benchmark)
public class LedgerPostTailBenchmark {

    private static final Unit PCS = Unit.of("pcs");
    private static final WarehouseId W1 = new WarehouseId(1);
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    @Param({"1000", "100000"})
    public int movements;

    private StockLedger base;
    private StockLedger at;
    private long next;
    private long chainStart;
    private long chain;

    @Setup
    public void setUp() {
        InventorySetup setup = InventorySetup.of(InventorySettings.defaults(),
                Catalog.of(List.of(Sku.simple(1, "S1", PCS))).get(),
                List.of(Warehouse.of(1, WarehouseKind.CENTRAL)));
        int half = movements / 2;
        List<ValuedLine> in = IntStream.rangeClosed(1, half)
                .mapToObj(l -> new ValuedLine(StockLine.of(l, new SkuId(1), "10", PCS.code()), Money.cny("10.00")))
                .toList();
        List<StockLine> out = new ArrayList<>();
        for (int l = 1; l <= movements - half; l++) {
            out.add(StockLine.of(l, new SkuId(1), "1", PCS.code()));
        }
        StockLedger ledger = StockLedger.empty(setup);
        ledger = ledger.post(new Receipt(DocumentHeader.of(1, 1, DAY), W1, ReceiptPurpose.PURCHASE, in))
                .getOrElseThrow(e -> new IllegalStateException(e.message())).ledger();
        ledger = ledger.post(new Issue(DocumentHeader.of(2, 2, DAY), W1, IssuePurpose.SALE, out))
                .getOrElseThrow(e -> new IllegalStateException(e.message())).ledger();
        if (ledger.movements().size() != movements) {
            throw new IllegalStateException("built " + ledger.movements().size() + " movements");
        }
        base = ledger;
        at = ledger;
        chain = Math.max(1, Math.min(1000, movements / 10));
        chainStart = 3;
        next = 3;
    }

    @Benchmark
    public PostingResult post() {
        if (next - chainStart == chain) {
            at = base;
            next = chainStart;
        }
        long doc = next++;
        PostingResult r = at.post(new Issue(DocumentHeader.of(doc, doc, DAY), W1, IssuePurpose.SALE,
                List.of(StockLine.of(1, new SkuId(1), "1", PCS.code()))))
                .getOrElseThrow(e -> new IllegalStateException(e.message()));
        at = r.ledger();
        return r;
    }
}
