package io.xinling.archfixtures.floatingpoint.domain;

/** A "domain" class holding an amount as a double. */
public final class HasADoubleField {

    private double amount;

    public void add(long minor) {
        amount += minor;
    }
}
