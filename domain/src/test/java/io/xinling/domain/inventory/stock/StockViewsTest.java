package io.xinling.domain.inventory.stock;

import io.xinling.domain.catalog.Catalog;
import io.xinling.domain.catalog.Sku;
import io.xinling.domain.catalog.TrackingPolicy;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.InventorySettings;
import io.xinling.domain.inventory.SerialNo;
import io.xinling.domain.inventory.Warehouse;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.WarehouseKind;
import io.xinling.domain.inventory.document.BatchInfo;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.IssuePurpose;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.ReceiptPurpose;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.document.ValuedLine;
import io.xinling.domain.inventory.ledger.InventorySetup;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reservations, batch expiry and FEFO, serial traces. */
class StockViewsTest {

    private static final WarehouseId W1 = new WarehouseId(1);
    private final Sku milk = Sku.simple(1, "MILK", Unit.of("盒")).withTracking(TrackingPolicy.BATCH, Optional.of(30));
    private final Sku phone = Sku.simple(2, "PHONE", Unit.of("台")).withTracking(TrackingPolicy.SERIAL, Optional.empty());
    private final StockLedger empty = StockLedger.empty(InventorySetup.of(InventorySettings.defaults(),
            Catalog.of(List.of(milk, phone)).get(), List.of(Warehouse.of(1, WarehouseKind.STORE))));

    private static LocalDate day(int d) {
        return LocalDate.of(2026, 3, d);
    }

    private StockLedger post(StockLedger l, Object... docs) {
        for (Object d : docs) {
            l = l.post((io.xinling.domain.inventory.document.InventoryDocument) d).get().ledger();
        }
        return l;
    }

    private Receipt in(long id, StockLine line) {
        return new Receipt(DocumentHeader.of(id, id, day(1)), W1, ReceiptPurpose.PURCHASE,
                List.of(new ValuedLine(line, Money.cny("10.00"))));
    }

    @Test
    void expiry_defaults_from_shelf_life_and_fefo_picks_the_soonest_batch_first() {
        StockLedger l = post(empty,
                in(1, StockLine.of(1, milk.id(), "5", "盒").withBatch(BatchInfo.produced("B-LATE", day(10)))),
                in(2, StockLine.of(1, milk.id(), "5", "盒").withBatch(BatchInfo.produced("B-SOON", day(1)))));
        Batches batches = new Batches(l);
        assertThat(batches.find(milk.id(), new BatchNo("B-SOON")).orElseThrow().expiresOn()).contains(day(31));
        assertThat(batches.expiringBy(day(31))).extracting(e -> e.batch().number().value()).containsExactly("B-SOON");
        assertThat(batches.pickFefo(W1, milk.id(), Quantity.of(7)).get())
                .extracting(p -> p.batch().number().value() + "=" + p.quantity())
                .containsExactly("B-SOON=5", "B-LATE=2");
        assertThat(batches.pickFefo(W1, milk.id(), Quantity.of(11)).getLeft().code())
                .isEqualTo("inventory.insufficient-stock");
        // the shortfall in the document's unit is said only when that unit is not the base unit
        assertThat(batches.pickFefo(W1, milk.id(), Quantity.of(11)).getLeft().message()).endsWith(" is short by 1 盒");
    }

    @Test
    void a_later_receipt_of_a_batch_gives_the_dates_it_was_first_received_with_or_none() {
        StockLedger l = post(empty, in(1, StockLine.of(1, milk.id(), "5", "盒").withBatch(BatchInfo.produced("B1", day(1)))));
        assertThat(l.post(in(2, StockLine.of(1, milk.id(), "1", "盒").withBatch(BatchInfo.of("B1")))).isRight()).isTrue();
        assertThat(l.post(in(2, StockLine.of(1, milk.id(), "1", "盒").withBatch(BatchInfo.produced("B1", day(1)))))
                .isRight()).isTrue();
        assertThat(l.post(in(2, StockLine.of(1, milk.id(), "1", "盒").withBatch(new BatchInfo(new BatchNo("B1"),
                Optional.empty(), Optional.of(day(31)))))).isRight()).isTrue();
        var later = l.post(in(2, StockLine.of(1, milk.id(), "1", "盒").withBatch(BatchInfo.produced("B1", day(2)))));
        assertThat(later.getLeft().code()).isEqualTo("inventory.batch-dates-mismatch");
        assertThat(later.getLeft().message()).contains("lines[0]", "B1", "2026-03-01", "2026-03-31");
        var otherExpiry = l.post(in(2, StockLine.of(1, milk.id(), "1", "盒").withBatch(new BatchInfo(new BatchNo("B1"),
                Optional.empty(), Optional.of(day(20))))));
        assertThat(otherExpiry.getLeft().code()).isEqualTo("inventory.batch-dates-mismatch");
        assertThat(new Batches(l).find(milk.id(), new BatchNo("B1")).orElseThrow().expiresOn()).contains(day(31));
    }

    @Test
    void available_is_on_hand_minus_reserved() {
        StockLedger l = post(empty, in(1, StockLine.of(1, milk.id(), "5", "盒").withBatch(BatchInfo.of("B1"))));
        Reservations r = Reservations.none()
                .reserve(l, new Reservation(new ReservationId(1), W1, milk.id(), Quantity.of(3))).get();
        assertThat(r.available(l, W1, milk.id())).isEqualTo(Quantity.of(2));
        assertThat(r.reserve(l, new Reservation(new ReservationId(2), W1, milk.id(), Quantity.of(3))).getLeft().code())
                .isEqualTo("inventory.reservation-exceeds-available");
        assertThat(r.release(new ReservationId(1)).available(l, W1, milk.id())).isEqualTo(Quantity.of(5));
    }

    @Test
    void a_serial_trace_lists_every_document_it_passed_through() {
        SerialNo sn = new SerialNo("SN-1");
        StockLedger l = post(empty,
                in(1, StockLine.of(1, phone.id(), "1", "台").withSerials(List.of(sn))),
                new Issue(DocumentHeader.of(2, 2, day(2)), W1, IssuePurpose.SALE,
                        List.of(StockLine.of(1, phone.id(), "1", "台").withSerials(List.of(sn)))));
        SerialTrace trace = SerialTrace.of(l, phone.id(), sn);
        assertThat(trace.events()).extracting(SerialEvent::state).containsExactly(SerialState.IN_STOCK, SerialState.ISSUED);
        assertThat(trace.state()).contains(SerialState.ISSUED);
    }
}
