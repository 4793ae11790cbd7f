package io.xinling.archfixtures.hiddenclock.domain;

import java.util.concurrent.ThreadLocalRandom;

/** Hidden randomness through ThreadLocalRandom. */
public final class UsesThreadLocalRandom {

    public long draw() {
        return ThreadLocalRandom.current().nextLong();
    }
}
