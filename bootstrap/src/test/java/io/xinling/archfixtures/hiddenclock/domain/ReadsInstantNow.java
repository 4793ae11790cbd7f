package io.xinling.archfixtures.hiddenclock.domain;

import java.time.Instant;

/** A "domain" class that reads the wall clock instead of taking the time as an argument. */
public final class ReadsInstantNow {

    public boolean expired(Instant deadline) {
        return Instant.now().isAfter(deadline);
    }
}
