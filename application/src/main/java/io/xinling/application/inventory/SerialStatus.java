package io.xinling.application.inventory;

import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.stock.SerialState;

import java.time.LocalDate;
import java.util.Objects;

/** Where a serial of a SKU stands now: its state, where its last movement left it, on which date, by which movement. */
public record SerialStatus(long sku, String serial, SerialState state, Location location, LocalDate since,
                           MovementId lastMovement) {

    public SerialStatus {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(lastMovement, "lastMovement");
    }
}
