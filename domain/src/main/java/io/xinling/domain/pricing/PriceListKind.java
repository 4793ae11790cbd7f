package io.xinling.domain.pricing;

/**
 * The kinds of price list. {@link #DEALER_LEVEL}, {@link #CUSTOMER} and {@link #STORE} lists name a
 * target (a dealer level code, a partner id, a store id); retail and wholesale lists apply to everyone.
 */
public enum PriceListKind {
    RETAIL, WHOLESALE, DEALER_LEVEL, CUSTOMER, STORE;

    public boolean hasTarget() {
        return this == DEALER_LEVEL || this == CUSTOMER || this == STORE;
    }
}
