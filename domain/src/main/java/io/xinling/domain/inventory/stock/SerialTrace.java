package io.xinling.domain.inventory.stock;

import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.SerialNo;
import io.xinling.domain.inventory.costing.MovementKind;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.inventory.ledger.StockMovement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The life of one serial: every movement it passed through, in ledger order, and its current state. */
public record SerialTrace(SkuId sku, SerialNo serial, List<SerialEvent> events) {

    public SerialTrace {
        events = List.copyOf(events);
    }

    public static SerialTrace of(StockLedger ledger, SkuId sku, SerialNo serial) {
        List<SerialEvent> events = new ArrayList<>();
        for (StockMovement m : ledger.movements()) {
            if (m.spec().sku().equals(sku) && m.spec().serials().contains(serial)) {
                events.add(new SerialEvent(m.id(), m.spec().ordering(), m.spec().slot().location(), stateAfter(m)));
            }
        }
        return new SerialTrace(sku, serial, events);
    }

    public Optional<SerialState> state() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).state());
    }

    private static SerialState stateAfter(StockMovement m) {
        MovementKind kind = m.spec().kind();
        if (kind == MovementKind.RETURN_REFERENCED || kind == MovementKind.INBOUND_AT_AVERAGE) {
            return SerialState.RETURNED;
        }
        return m.cost().derivedQty() > 0 ? SerialState.IN_STOCK : SerialState.ISSUED;
    }
}
