package io.xinling.domain.inventory.stock;

/** Where a serial number stands. */
public enum SerialState {
    IN_STOCK,
    ISSUED,
    RETURNED
}
