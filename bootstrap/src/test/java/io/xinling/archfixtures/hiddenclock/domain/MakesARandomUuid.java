package io.xinling.archfixtures.hiddenclock.domain;

import java.util.UUID;

/** Hidden randomness: an id made inside the domain instead of passed in. */
public final class MakesARandomUuid {

    public UUID newId() {
        return UUID.randomUUID();
    }
}
