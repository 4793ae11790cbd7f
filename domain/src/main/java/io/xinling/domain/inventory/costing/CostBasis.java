package io.xinling.domain.inventory.costing;

/** Where a movement's amount came from (spec 2.3). */
public enum CostBasis {
    /** The amount given on the document. */
    INPUT,
    /** A value share of the key's value (or an amount fed by another movement's value share). */
    SHARE,
    /** The original cost of a referenced sale or purchase. */
    ORIGINAL,
    /** Units valued at the reference cost R because the key held no positive stock. */
    REFERENCE,
    /** An inbound that (partly) filled a hole and settled earlier provisional costs. */
    SETTLEMENT,
    /** No reference cost existed: valued at zero (allowed only for SKUs that allow zero cost). */
    UNKNOWN;

    private static final CostBasis[] ALL = values();

    static CostBasis of(byte code) {
        return ALL[code];
    }
}
