package io.xinling.bootstrap;

import io.javalin.Javalin;
import io.xinling.application.tenancy.PlatformSetup;
import io.xinling.application.tenancy.PlatformSetup.Ensured;
import io.xinling.persistence.common.Database;
import io.xinling.web.WebSettings;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The running service: database, migrations, platform and demo tenants, HTTP. Closing stops HTTP, then the database. */
public final class Service implements AutoCloseable {

    private final DatabaseServer server;
    private final Javalin http;
    private final Ensured admin;
    private final Ensured demo;

    private Service(DatabaseServer server, Javalin http, Ensured admin, Ensured demo) {
        this.server = server;
        this.http = http;
        this.admin = admin;
        this.demo = demo;
    }

    public static Service start(Settings settings) {
        return start(settings, Map.of());
    }

    /** With extra configuration for an embedded server (ignored for an external database), as benchmarks use. */
    public static Service start(Settings settings, Map<String, String> embeddedConfig) {
        DatabaseServer server = DatabaseServer.start(settings, embeddedConfig);
        try {
            server.database().migrate();
            Application application = new Application(server.database(), Clock.systemUTC());
            PlatformSetup setup = application.platformSetup();
            Ensured admin = setup.ensurePlatformAdmin(settings.adminKey()).getOrElseThrow(e -> new IllegalArgumentException(e.message()));
            Ensured demo = setup.ensureDemoTenant(settings.demoApiKey()).getOrElseThrow(e -> new IllegalArgumentException(e.message()));
            if (application.catalog().warehouses(demo.tenant().id()).map(List::isEmpty).getOrElse(false)) {
                new DemoData(application, Clock.systemUTC()).seed(demo.tenant().id());
            }
            Javalin http = application.web(new WebSettings(settings.maxBodyBytes())).start(settings.httpPort());
            return new Service(server, http, admin, demo);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    public Database database() {
        return server.database();
    }

    public String databaseDescription() {
        return server.description();
    }

    public Ensured admin() {
        return admin;
    }

    public Ensured demo() {
        return demo;
    }

    @Override
    public void close() {
        http.stop();
        server.close();
    }
}
