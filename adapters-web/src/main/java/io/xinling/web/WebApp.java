package io.xinling.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.xinling.application.port.IdempotencyStore;
import io.xinling.application.tenancy.AuthenticateUseCase;
import io.xinling.web.common.Http;
import io.xinling.web.common.Json;
import io.xinling.web.common.Pipeline;
import io.xinling.web.common.ProblemErrorHandler;

import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Builds the Javalin application; {@code bootstrap} and the HTTP tests share this factory. */
public final class WebApp {

    private WebApp() {
    }

    /** The collaborators the web adapter needs besides the route modules. */
    public record Services(AuthenticateUseCase authenticate, IdempotencyStore idempotency, BooleanSupplier databaseReady,
                           Clock clock) {
    }

    public static Javalin create(WebSettings settings, Services services, List<RouteModule> modules) {
        Pipeline pipeline = new Pipeline(settings, services.authenticate(), services.idempotency(), services.clock());
        return Javalin.create(config -> {
            configure(config, settings);
            pipeline.install(config);
            config.routes.get("/health", ctx -> health(ctx, services.databaseReady()));
            new OpenApiRoutes().register(config.routes);
            modules.forEach(module -> module.register(config.routes));
        });
    }

    private static void configure(JavalinConfig config, WebSettings settings) {
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.http.prefer405over404 = true;
        // Javalin copies each response body to Jetty through a buffer of this size, allocated per response; left unset it
        // takes Jetty's output buffer size, 32 KB, most of the garbage a request makes (bodies are mostly under 4 KB)
        config.http.responseBufferSize = 4096;
        config.startup.showJavalinBanner = false;
        config.router.ignoreTrailingSlashes = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler()));
    }

    private static void health(Context ctx, BooleanSupplier databaseReady) {
        boolean ready = databaseReady.getAsBoolean();
        Http.json(ctx, ready ? 200 : 503, new Health(ready ? "UP" : "DOWN", ready ? "UP" : "DOWN"));
    }

    record Health(String status, String database) {
    }
}
