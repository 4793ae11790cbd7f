package io.xinling.archfixtures.applicationdependencies.application;

import io.javalin.http.Context;

/** An "application" class that depends on the web framework. */
public final class UsesJavalin {

    public String tenant(Context context) {
        return context.header("X-Tenant");
    }
}
