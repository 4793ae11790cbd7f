package io.xinling.archfixtures.hiddenclock.domain;

import java.util.Random;

/** Hidden randomness through java.util.Random. */
public final class RollsARandom {

    public int roll() {
        return new Random().nextInt(6);
    }
}
