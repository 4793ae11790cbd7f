package io.xinling.domain.inventory.ledger;

import io.xinling.domain.catalog.Catalog;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.InventorySettings;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.Warehouse;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.WarehouseKind;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.IssuePurpose;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.ReceiptPurpose;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.document.ValuedLine;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Unit;

import java.time.LocalDate;
import java.util.List;

/** Set-up and document builders shared by the ledger tests. */
final class Fixture {

    static final Unit PCS = Unit.of("个");
    static final WarehouseId W1 = new WarehouseId(1);
    static final WarehouseId W2 = new WarehouseId(2);
    static final WarehouseId W3 = new WarehouseId(3);

    private Fixture() {
    }

    static SkuId sku(long id) {
        return new SkuId(id);
    }

    static LocalDate jan(int day) {
        return LocalDate.of(2026, 1, day);
    }

    static InventorySetup setup(CostingScope scope, boolean negative, List<Sku> skus) {
        InventorySettings settings = InventorySettings.defaults().withScope(scope).withNegativeStock(negative);
        return InventorySetup.of(settings, Catalog.of(skus).get(),
                List.of(Warehouse.of(1, WarehouseKind.CENTRAL), Warehouse.of(2, WarehouseKind.STORE),
                        Warehouse.of(3, WarehouseKind.THIRD_PARTY)));
    }

    static List<Sku> plainSkus(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> Sku.simple(i, "S" + i, PCS)).toList();
    }

    static StockLedger ledger(CostingScope scope, boolean negative) {
        return StockLedger.empty(setup(scope, negative, plainSkus(9)));
    }

    static Receipt receipt(long doc, LocalDate date, WarehouseId w, long sku, String qty, String amount) {
        return new Receipt(DocumentHeader.of(doc, doc, date), w, ReceiptPurpose.PURCHASE,
                List.of(new ValuedLine(StockLine.of(1, sku(sku), qty, PCS.code()), Money.cny(amount))));
    }

    static Issue sale(long doc, LocalDate date, WarehouseId w, long sku, String qty) {
        return new Issue(DocumentHeader.of(doc, doc, date), w, IssuePurpose.SALE,
                List.of(StockLine.of(1, sku(sku), qty, PCS.code())));
    }

    static StockLedger post(StockLedger ledger, InventoryDocument... docs) {
        StockLedger at = ledger;
        for (InventoryDocument d : docs) {
            at = at.post(d).getOrElseThrow(e -> new AssertionError(e.code() + ": " + e.message())).ledger();
        }
        return at;
    }

    static InventoryError refused(StockLedger ledger, InventoryDocument doc) {
        return ledger.post(doc).swap().getOrElseThrow(() -> new AssertionError("expected a refusal"));
    }

    static StockMovement line(StockLedger ledger, long doc, int line, int leg) {
        return ledger.movement(new MovementId(new DocumentId(doc), line, leg)).orElseThrow();
    }

    static KeyBalance balance(StockLedger ledger, WarehouseId w, long sku) {
        return ledger.keyBalances().stream()
                .filter(b -> b.key().sku().equals(sku(sku)))
                .filter(b -> b.key().location().map(l -> l.equals(Location.of(w))).orElse(true))
                .findFirst().orElseThrow();
    }
}
