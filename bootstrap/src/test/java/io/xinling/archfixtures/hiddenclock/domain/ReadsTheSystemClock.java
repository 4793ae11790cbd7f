package io.xinling.archfixtures.hiddenclock.domain;

import java.time.Clock;

/** A hidden clock through Clock.systemUTC(). */
public final class ReadsTheSystemClock {

    public long millis() {
        return Clock.systemUTC().millis();
    }
}
