package io.xinling.domain.catalog;

/** How units of a SKU are told apart in stock. */
public enum TrackingPolicy {
    /** Interchangeable units. */
    NONE,
    /** Every movement names a batch (number, production date, expiry). */
    BATCH,
    /** Every unit carries its own serial number; quantities are whole. */
    SERIAL
}
