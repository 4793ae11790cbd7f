package io.xinling.archfixtures.floatingpoint.domain;

/** A "domain" class answering a boxed Double. */
public final class ReturnsABoxedDouble {

    public Double ratio(long a, long b) {
        return (double) a / b;
    }
}
