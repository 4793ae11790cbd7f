package io.xinling.archfixtures.javalin.persistence;

import io.javalin.http.Context;

/** A "persistence" class that reads the HTTP request. */
public final class ReadsTheRequest {

    public String tenant(Context context) {
        return context.header("X-Tenant");
    }
}
