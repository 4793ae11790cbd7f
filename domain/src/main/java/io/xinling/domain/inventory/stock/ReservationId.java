package io.xinling.domain.inventory.stock;

/** Identifies a reservation (an order line holding stock). */
public record ReservationId(long value) {

    public ReservationId {
        if (value <= 0) {
            throw new IllegalArgumentException("reservation id must be positive");
        }
    }
}
