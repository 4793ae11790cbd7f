package io.xinling.bootstrap.testing;

import io.javalin.Javalin;
import io.xinling.application.tenancy.ApiKeys;
import io.xinling.application.tenancy.IssueApiKeyUseCase.IssueApiKeyCommand;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.application.tenancy.CreateTenantUseCase.CreateTenantCommand;
import io.xinling.bootstrap.Application;
import io.xinling.persistence.common.Database;
import io.xinling.persistence.testing.TestDatabase;
import io.xinling.web.RouteModule;
import io.xinling.web.WebSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real application on the shared embedded PostgreSQL, serving on a free port, with a platform
 * admin key of its own and helpers to make fresh tenants and to call the API over a real socket.
 */
public final class TestApp implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Application application;
    private final Javalin http;
    private final String adminKey;

    private TestApp(Application application, Javalin http, String adminKey) {
        this.application = application;
        this.http = http;
        this.adminKey = adminKey;
    }

    public static TestApp start(WebSettings settings, RouteModule... extra) {
        return start(TestDatabase.database(), settings, extra);
    }

    /**
     * Another application node on the same PostgreSQL with a connection pool of its own, as a second
     * server behind a load balancer would be.
     */
    public static TestApp startSecondNode() {
        Database own = Database.connect(TestDatabase.server().getJdbcUrl("postgres", "postgres"), "postgres", "postgres", 10);
        return start(own, WebSettings.defaults());
    }

    private static TestApp start(Database database, WebSettings settings, RouteModule... extra) {
        Application application = new Application(database, Clock.systemUTC());
        String adminKey = ApiKeys.generate();
        application.platformSetup().ensurePlatformAdmin(Optional.of(adminKey)).get();
        Javalin http = application.web(settings, extra).start(0);
        return new TestApp(application, http, adminKey);
    }

    public static TestApp start(RouteModule... extra) {
        return start(WebSettings.defaults(), extra);
    }

    public Application application() {
        return application;
    }

    public String adminKey() {
        return adminKey;
    }

    /** A new tenant and a key for it with the given roles (wire names). */
    public IssuedKey newTenant(String... roles) {
        var tenant = application.tenancy().createTenant(new CreateTenantCommand(TestDatabase.uniqueName("t"))).get();
        return keyFor(tenant.id().value(), roles);
    }

    /** Another key, for another user, in an existing tenant. */
    public IssuedKey keyFor(long tenantId, String... roles) {
        return application.tenancy().issueApiKey(new IssueApiKeyCommand(new io.xinling.domain.kernel.TenantId(tenantId),
                "user-" + System.nanoTime(), List.of(roles))).get();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + http.port() + path);
    }

    public HttpResponse<String> get(String path, String key) {
        return send(request(path, key).GET().build());
    }

    public HttpResponse<String> post(String path, String key, String json) {
        return post(path, key, json, Map.of());
    }

    public HttpResponse<String> post(String path, String key, String json, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public HttpResponse<String> put(String path, String key, String json) {
        return send(request(path, key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Javalin javalin() {
        return http;
    }

    @Override
    public void close() {
        http.stop();
    }
}
