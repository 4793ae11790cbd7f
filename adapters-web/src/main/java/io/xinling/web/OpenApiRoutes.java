package io.xinling.web;

import io.javalin.config.RoutesConfig;
import io.xinling.web.common.RoleGate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI 3.1 document of the whole API, kept beside the routes as a resource. */
final class OpenApiRoutes implements RouteModule {

    static final String RESOURCE = "/openapi.json";

    private final byte[] document = load();

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(document), RoleGate.anyone());
    }

    static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
