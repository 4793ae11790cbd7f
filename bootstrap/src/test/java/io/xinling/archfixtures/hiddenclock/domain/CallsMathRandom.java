package io.xinling.archfixtures.hiddenclock.domain;

/** Hidden randomness through Math.random(). */
public final class CallsMathRandom {

    public boolean coin() {
        return Math.random() < 0.5;
    }
}
