package io.xinling.domain.promotion;

/** How a return is refunded (spec 3.15). */
public enum ReturnPolicy {
    /** Refund the frozen paid share of the returned units. */
    KEEP_ALLOCATION,
    /** Re-price the kept goods under the original scheme versions; refund = paid − new total. */
    CLAW_BACK
}
