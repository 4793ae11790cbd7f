package io.xinling.archfixtures.hiddenclock.domain;

/** A hidden clock through System.currentTimeMillis(). */
public final class CallsCurrentTimeMillis {

    public long stamp() {
        return System.currentTimeMillis();
    }
}
