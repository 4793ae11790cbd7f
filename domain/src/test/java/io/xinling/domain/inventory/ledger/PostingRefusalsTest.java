package io.xinling.domain.inventory.ledger;

import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.TrackingPolicy;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Periods;
import io.xinling.domain.inventory.SerialNo;
import io.xinling.domain.inventory.document.BatchInfo;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.IssuePurpose;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.ReceiptPurpose;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.document.ValuedLine;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitConversions;
import io.xinling.domain.kernel.UnitQuantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static io.xinling.domain.inventory.ledger.Fixture.W1;
import static io.xinling.domain.inventory.ledger.Fixture.jan;
import static io.xinling.domain.inventory.ledger.Fixture.post;
import static io.xinling.domain.inventory.ledger.Fixture.receipt;
import static io.xinling.domain.inventory.ledger.Fixture.refused;
import static io.xinling.domain.inventory.ledger.Fixture.sale;
import static org.assertj.core.api.Assertions.assertThat;

/** Every bad input is refused with a typed error and a stable code; nothing is written. */
class PostingRefusalsTest {

    private final Sku bottles = Sku.simple(1, "B", Unit.of("瓶"))
            .withUnits(UnitConversions.of(Unit.of("瓶")).with(Unit.of("箱"), BigDecimal.valueOf(24))
                    .with(Unit.of("半瓶"), new BigDecimal("0.5")));
    private final Sku batched = Sku.simple(2, "M", Unit.of("盒")).withTracking(TrackingPolicy.BATCH, Optional.of(30));
    private final Sku serial = Sku.simple(3, "P", Unit.of("台")).withTracking(TrackingPolicy.SERIAL, Optional.empty());
    private final StockLedger empty = StockLedger.empty(Fixture.setup(CostingScope.PER_WAREHOUSE, false,
            List.of(bottles, batched, serial)));

    private Issue issue(long doc, StockLine line) {
        return new Issue(DocumentHeader.of(doc, doc, jan(5)), W1, IssuePurpose.SALE, List.of(line));
    }

    private Receipt in(long doc, StockLine line) {
        return new Receipt(DocumentHeader.of(doc, doc, jan(1)), W1, ReceiptPurpose.PURCHASE,
                List.of(new ValuedLine(line, Money.cny("100.00"))));
    }

    @Test
    void insufficient_stock_names_sku_warehouse_batch_and_shortfall_in_base_and_document_units() {
        StockLedger l = post(empty, in(1, StockLine.of(1, bottles.id(), "1", "箱")));
        InventoryError e = refused(l, issue(2, StockLine.of(1, bottles.id(), "2", "箱")));
        assertThat(e.code()).isEqualTo("inventory.insufficient-stock");
        InventoryError.InsufficientStock s = (InventoryError.InsufficientStock) e;
        assertThat(s.sku()).isEqualTo(bottles.id());
        assertThat(s.shortfallInBase()).isEqualTo(new UnitQuantity(Quantity.of(24), Unit.of("瓶")));
        assertThat(s.shortfallInDocumentUnit()).isEqualTo(new UnitQuantity(Quantity.of(1), Unit.of("箱")));
        assertThat(e.message()).contains(" is short by 24 瓶 (1 箱)");
    }

    @Test
    void a_backdated_issue_that_starves_a_later_one_is_refused() {
        StockLedger l = post(Fixture.ledger(CostingScope.PER_WAREHOUSE, false),
                receipt(1, jan(1), W1, 1, "10", "100.00"), sale(2, jan(10), W1, 1, "10"));
        assertThat(refused(l, sale(3, jan(5), W1, 1, "1")).code()).isEqualTo("inventory.insufficient-stock");
        assertThat(l.cancel(new DocumentId(1)).getLeft().code()).isEqualTo("inventory.insufficient-stock");
    }

    @Test
    void line_checks() {
        assertThat(refused(empty, in(1, StockLine.of(1, bottles.id(), "1", "桶"))).code())
                .isEqualTo("inventory.unknown-unit");
        assertThat(refused(empty, in(1, StockLine.of(1, bottles.id(), "0", "瓶"))).code())
                .isEqualTo("inventory.non-positive-quantity");
        assertThat(refused(empty, in(1, StockLine.of(1, bottles.id(), "0.000001", "半瓶"))).code())
                .isEqualTo("inventory.too-many-decimals");
        assertThat(refused(empty, in(1, StockLine.of(1, batched.id(), "1", "盒"))).code())
                .isEqualTo("inventory.batch-missing");
        assertThat(refused(empty, in(1, StockLine.of(1, serial.id(), "2", "台")
                .withSerials(List.of(new SerialNo("A1"))))).code()).isEqualTo("inventory.serial-count-mismatch");
        assertThat(refused(empty, in(1, StockLine.of(1, serial.id(), "2", "台")
                .withSerials(List.of(new SerialNo("A1"), new SerialNo("A1"))))).code())
                .isEqualTo("inventory.duplicate-serial");
    }

    @Test
    void independent_line_errors_are_reported_together() {
        Receipt twoBad = new Receipt(DocumentHeader.of(1, 1, jan(1)), W1, ReceiptPurpose.PURCHASE, List.of(
                new ValuedLine(StockLine.of(1, bottles.id(), "1", "桶"), Money.cny("1.00")),
                new ValuedLine(StockLine.of(2, batched.id(), "1", "盒"), Money.cny("1.00"))));
        InventoryError e = refused(empty, twoBad);
        assertThat(e.code()).isEqualTo("inventory.invalid-lines");
        assertThat(((InventoryError.InvalidLines) e).errors()).extracting(InventoryError::code)
                .containsExactly("inventory.unknown-unit", "inventory.batch-missing");
    }

    @Test
    void a_serial_can_never_be_in_stock_twice() {
        StockLedger l = post(empty, in(1, StockLine.of(1, serial.id(), "1", "台").withSerials(List.of(new SerialNo("A1")))));
        assertThat(refused(l, in(2, StockLine.of(1, serial.id(), "1", "台").withSerials(List.of(new SerialNo("A1")))))
                .code()).isEqualTo("inventory.duplicate-serial");
        assertThat(refused(l, issue(2, StockLine.of(1, serial.id(), "1", "台").withSerials(List.of(new SerialNo("B7")))))
                .code()).isEqualTo("inventory.serial-not-in-stock");
    }

    @Test
    void lifecycle_checks() {
        StockLedger l = post(empty, in(1, StockLine.of(1, bottles.id(), "1", "箱")));
        assertThat(refused(l, in(1, StockLine.of(1, bottles.id(), "1", "箱"))).code()).isEqualTo("inventory.already-posted");
        StockLedger cancelled = l.cancel(new DocumentId(1)).get().ledger();
        assertThat(cancelled.movements()).isEmpty();
        assertThat(cancelled.cancel(new DocumentId(1)).getLeft().code()).isEqualTo("inventory.already-cancelled");
        StockLedger closed = l.withSetup(l.setup().withPeriods(Periods.allOpen().close(YearMonth.of(2026, 1))));
        assertThat(refused(closed, issue(2, StockLine.of(1, bottles.id(), "1", "瓶"))).code())
                .isEqualTo("inventory.date-in-closed-period");
        assertThat(closed.cancel(new DocumentId(1)).getLeft().code()).isEqualTo("inventory.date-in-closed-period");
    }

    @Test
    void batch_lines_carry_their_batch_into_the_slot() {
        StockLedger l = post(empty, in(1, StockLine.of(1, batched.id(), "5", "盒")
                .withBatch(BatchInfo.produced("L1", jan(1)))));
        assertThat(l.slotBalances()).singleElement()
                .satisfies(b -> assertThat(b.slot().batch()).contains(new BatchNo("L1")));
    }
}
