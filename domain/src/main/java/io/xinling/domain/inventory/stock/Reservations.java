package io.xinling.domain.inventory.stock;

import io.vavr.control.Either;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.ledger.StockLedger;
import io.xinling.domain.kernel.Quantity;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Open reservations; available = on hand − reserved, per warehouse and SKU, never negative to reserve. */
public record Reservations(Map<ReservationId, Reservation> open) {

    public Reservations {
        open = Map.copyOf(Objects.requireNonNull(open, "open"));
    }

    public static Reservations none() {
        return new Reservations(Map.of());
    }

    /** On hand in the warehouse, all batches, from the ledger. */
    public static Quantity onHand(StockLedger ledger, WarehouseId warehouse, SkuId sku) {
        return ledger.slotBalances().stream()
                .filter(b -> b.slot().location().equals(Location.of(warehouse)) && b.slot().sku().equals(sku))
                .map(b -> b.onHand()).reduce(Quantity.ZERO, Quantity::plus);
    }

    public Quantity reserved(WarehouseId warehouse, SkuId sku) {
        return open.values().stream().filter(r -> r.warehouse().equals(warehouse) && r.sku().equals(sku))
                .map(Reservation::quantity).reduce(Quantity.ZERO, Quantity::plus);
    }

    public Quantity available(StockLedger ledger, WarehouseId warehouse, SkuId sku) {
        return onHand(ledger, warehouse, sku).minus(reserved(warehouse, sku));
    }

    /** Holds stock for an order; refused when more is asked than is available. */
    public Either<InventoryError, Reservations> reserve(StockLedger ledger, Reservation r) {
        Quantity available = available(ledger, r.warehouse(), r.sku());
        if (r.quantity().compareTo(available) > 0 || open.containsKey(r.id())) {
            return Either.left(new InventoryError.ReservationExceedsAvailable(r.sku(), r.warehouse(), r.quantity(),
                    available.max(Quantity.ZERO)));
        }
        Map<ReservationId, Reservation> copy = new HashMap<>(open);
        copy.put(r.id(), r);
        return Either.right(new Reservations(copy));
    }

    /** Releases a reservation (shipped or cancelled); releasing an unknown one changes nothing. */
    public Reservations release(ReservationId id) {
        Map<ReservationId, Reservation> copy = new HashMap<>(open);
        copy.remove(id);
        return new Reservations(copy);
    }
}
