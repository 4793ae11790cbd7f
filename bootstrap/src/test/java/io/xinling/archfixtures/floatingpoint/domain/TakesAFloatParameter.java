package io.xinling.archfixtures.floatingpoint.domain;

/** A "domain" class taking a rate as a float. */
public final class TakesAFloatParameter {

    public long discount(long minor, float rate) {
        return minor - Math.round(minor * rate);
    }
}
