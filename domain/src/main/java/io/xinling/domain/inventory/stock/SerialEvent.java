package io.xinling.domain.inventory.stock;

import io.xinling.domain.inventory.Location;
import io.xinling.domain.inventory.MovementId;
import io.xinling.domain.inventory.OrderingKey;

import java.util.Objects;

/** One document a serial passed through: where, when, and the state it left the serial in. */
public record SerialEvent(MovementId movement, OrderingKey at, Location location, SerialState state) {

    public SerialEvent {
        Objects.requireNonNull(movement, "movement");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(state, "state");
    }
}
