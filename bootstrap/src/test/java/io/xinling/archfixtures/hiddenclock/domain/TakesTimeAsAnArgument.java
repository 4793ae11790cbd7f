package io.xinling.archfixtures.hiddenclock.domain;

import java.time.Instant;
import java.util.UUID;

/** Allowed: time and ids come in as arguments. */
public final class TakesTimeAsAnArgument {

    public boolean expired(Instant now, Instant deadline, UUID id) {
        return id != null && now.isAfter(deadline);
    }
}
