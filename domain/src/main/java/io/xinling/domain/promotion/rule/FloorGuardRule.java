package io.xinling.domain.promotion.rule;

/** The price-floor guard (2.42): switches the guard on, with a default minimum pay rate for lines without a floor. */
public interface FloorGuardRule {

    /** The minimum pay rate in basis points for covered lines without their own floor (0 = none). */
    long defaultMinPayBp();
}
