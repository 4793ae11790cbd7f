package io.xinling.archfixtures.javalin.bootstrap;

import io.javalin.Javalin;

/** Allowed: Javalin in bootstrap. */
public final class Wiring {

    public Javalin app() {
        return Javalin.create();
    }
}
