package io.xinling.domain.promotion;

/** The amount order thresholds compare against (spec 3.5). */
public enum ThresholdBase {
    /** Payables of eligible lines after earlier stages (default). */
    AFTER_EARLIER_STAGES,
    /** Base (list) amounts of eligible lines. */
    LIST_PRICE
}
