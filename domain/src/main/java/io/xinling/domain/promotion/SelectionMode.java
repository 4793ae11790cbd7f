package io.xinling.domain.promotion;

/** How one winner is chosen inside an exclusion group (spec 3.4). */
public enum SelectionMode {
    /** Largest benefit; ties: higher priority, earlier campaign start, lower scheme id. */
    BEST_FOR_CUSTOMER,
    /** Higher priority; ties: larger benefit, earlier campaign start, lower scheme id. */
    PRIORITY_FIRST
}
