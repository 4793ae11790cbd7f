package io.xinling.archfixtures.javalin.web;

import io.javalin.http.Context;

/** Allowed: Javalin in web. */
public final class Routes {

    public void handle(Context context) {
        context.result("ok");
    }
}
