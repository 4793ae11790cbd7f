package io.xinling.archfixtures.hiddenclock.domain;

/** A hidden clock through System.nanoTime(). */
public final class CallsNanoTime {

    public long stamp() {
        return System.nanoTime();
    }
}
