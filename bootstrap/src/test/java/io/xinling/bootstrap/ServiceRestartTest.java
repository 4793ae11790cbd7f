package io.xinling.bootstrap;

import io.xinling.bootstrap.testing.JsonAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as `serve` starts it, on its own embedded PostgreSQL, stopped and started on the same data dir. */
class ServiceRestartTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void a_tenant_and_key_created_over_http_survive_a_restart(@TempDir Path dataDir) throws Exception {
        Map<String, String> env = Map.of(
                "XINLING_DATA_DIR", dataDir.toString(),
                "XINLING_HTTP_PORT", "0",
                "XINLING_DEMO_API_KEY", "demo-key-for-restart-test",
                "XINLING_ADMIN_KEY", "admin-key-for-restart-test");
        Settings settings = Settings.from(env, List.of());
        String tenantKey;
        try (Service service = Service.start(settings)) {
            assertThat(get(service, "/health", null).statusCode()).isEqualTo(200);
            assertThat(get(service, "/api/v1/me", "demo-key-for-restart-test").statusCode()).isEqualTo(200);
            assertThat(JsonAssert.json(get(service, "/api/v1/warehouses", "demo-key-for-restart-test"))).hasSize(2);
            assertThat(JsonAssert.json(get(service, "/api/v1/promotions/schemes/demo-100-20", "demo-key-for-restart-test"))
                    .path("status").asText()).isEqualTo("active");
            var tenant = JsonAssert.json(post(service, "/api/v1/admin/tenants", "admin-key-for-restart-test",
                    "{\"name\":\"shop-a\"}"));
            var key = JsonAssert.json(post(service, "/api/v1/admin/tenants/" + tenant.path("id").asLong() + "/api-keys",
                    "admin-key-for-restart-test", "{\"userName\":\"boss\",\"roles\":[\"admin\"]}"));
            tenantKey = key.path("key").asText();
        }
        try (Service service = Service.start(settings)) {
            HttpResponse<String> me = get(service, "/api/v1/me", tenantKey);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(JsonAssert.json(me).path("userName").asText()).isEqualTo("boss");
            assertThat(get(service, "/api/v1/me", "demo-key-for-restart-test").statusCode()).isEqualTo(200);
            assertThat(service.demo().newKey()).isEmpty();
            assertThat(JsonAssert.json(get(service, "/api/v1/warehouses", "demo-key-for-restart-test")))
                    .as("the demo data is seeded once").hasSize(2);
        }
    }

    @Test
    void the_embedded_postgresql_has_a_commit_on_disk_before_it_answers(@TempDir Path dataDir) {
        Settings settings = Settings.from(Map.of("XINLING_DATA_DIR", dataDir.toString(), "XINLING_HTTP_PORT", "0"), List.of());
        try (DatabaseServer server = DatabaseServer.start(settings)) {
            var dsl = server.database().dsl();
            assertThat(dsl.fetchValue("show synchronous_commit")).isEqualTo("on");
            assertThat(dsl.fetchValue("show fsync")).isEqualTo("on");
        }
    }

    @Test
    void the_embedded_postgresql_backends_keep_a_malloc_pad(@TempDir Path dataDir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        Settings settings = Settings.from(Map.of("XINLING_DATA_DIR", dataDir.toString(), "XINLING_HTTP_PORT", "0"), List.of());
        // a zonky server started earlier in the JVM (as the tests' own) must not lend it its binaries
        io.xinling.persistence.testing.TestDatabase.server();
        try (DatabaseServer server = DatabaseServer.start(settings)) {
            // a backend writes its status over its environment's memory (ps display): the postmaster's shows what it inherits
            String pid = java.nio.file.Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0).strip();
            Path proc = Path.of("/proc", pid);
            String exe = java.nio.file.Files.readSymbolicLink(proc.resolve("exe")).toString();
            assertThat(java.nio.file.Files.readString(proc.resolve("environ")).split("\0")).as(exe)
                    .contains("MALLOC_TOP_PAD_=" + MallocPad.TOP_PAD);
            assertThat(exe).endsWith("/bin/postgres.real");
        }
        // started again, the server runs from the same binaries: they are not unpacked again over the script
        java.util.List<Path> markers;
        try (var dirs = java.nio.file.Files.list(DatabaseServer.BINARIES)) {
            markers = dirs.map(d -> d.resolve(".exists")).filter(java.nio.file.Files::exists).toList();
        }
        java.util.List<Long> before = new java.util.ArrayList<>();
        for (Path m : markers) {
            before.add(java.nio.file.Files.getLastModifiedTime(m).toMillis());
        }
        try (DatabaseServer server = DatabaseServer.start(settings)) {
            assertThat(server.database().isReady()).isTrue();
        }
        for (int i = 0; i < markers.size(); i++) {
            assertThat(java.nio.file.Files.getLastModifiedTime(markers.get(i)).toMillis()).isEqualTo(before.get(i));
        }
    }

    @Test
    void a_new_embedded_cluster_orders_text_by_code_point_and_folds_case_by_unicode(@TempDir Path dataDir) {
        Settings settings = Settings.from(Map.of("XINLING_DATA_DIR", dataDir.toString(), "XINLING_HTTP_PORT", "0"), List.of());
        try (DatabaseServer server = DatabaseServer.start(settings)) {
            var dsl = server.database().dsl();
            assertThat(dsl.fetchValue("select datlocprovider::text || ':' || datlocale from pg_database "
                    + "where datname = current_database()")).isEqualTo("b:C.UTF-8");
            assertThat(dsl.fetchValue("select string_agg(s, ',' order by s) "
                    + "from unnest(array['b', 'B', 'a', '张', 'é', 'Z']) s")).isEqualTo("B,Z,a,b,é,张");
            assertThat(dsl.fetchValue("select upper('ñandú') || ('ÉTÉ' ilike 'été')::text")).isEqualTo("ÑANDÚtrue");
        }
    }

    @Test
    void settings_come_from_flags_over_the_environment_and_refuse_unknown_flags() {
        Settings settings = Settings.from(Map.of("XINLING_HTTP_PORT", "8000"), List.of("--http-port=9000"));
        assertThat(settings.httpPort()).isEqualTo(9000);
        assertThat(settings.dataDir()).isEqualTo(Path.of("./xinling-data"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.from(Map.of(), List.of("--colour=red")))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.from(Map.of("XINLING_HTTP_PORT", "x"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static HttpResponse<String> get(Service service, String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + path));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(Service service, String path, String key, String body)
            throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
