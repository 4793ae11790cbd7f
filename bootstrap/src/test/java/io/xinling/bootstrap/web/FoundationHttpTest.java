package io.xinling.bootstrap.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import io.xinling.web.RouteModule;
import io.xinling.web.WebSettings;
import io.xinling.web.common.RoleGate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

class FoundationHttpTest {

    /** A route that fails unexpectedly, to see what a client gets from a bug. */
    private static final RouteModule BROKEN = (RoutesConfig routes) -> routes.get("/api/v1/test/broken",
            ctx -> { throw new IllegalStateException("SELECT secret FROM somewhere"); }, RoleGate.anyone());

    private static TestApp app;
    private static IssuedKey viewer;

    @BeforeAll
    static void start() {
        app = TestApp.start(new WebSettings(4096), BROKEN);
        viewer = app.newTenant("viewer");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void health_needs_no_key_and_reports_the_database() {
        HttpResponse<String> response = app.get("/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("database").asText()).isEqualTo("UP");
    }

    @Test
    void me_without_a_key_is_401_with_a_problem_document() {
        assertProblem(app.get("/api/v1/me", null), 401, "unauthorized");
        assertProblem(app.get("/api/v1/me", "xl_not-a-real-key-at-all"), 401, "unauthorized");
    }

    @Test
    void me_with_a_key_names_tenant_user_and_roles() {
        JsonNode me = json(app.get("/api/v1/me", viewer.key()));
        assertThat(me.path("tenantId").asLong()).isEqualTo(viewer.tenant().value());
        assertThat(me.path("userName").asText()).isEqualTo(viewer.userName());
        assertThat(me.path("roles").toString()).isEqualTo("[\"viewer\"]");
    }

    @Test
    void every_response_carries_a_request_id_and_a_given_one_is_kept() {
        HttpResponse<String> response = app.send(app.request("/api/v1/me", viewer.key())
                .header("X-Request-Id", "till-42.abc").GET().build());
        assertThat(response.headers().firstValue("X-Request-Id")).contains("till-42.abc");
    }

    @Test
    void a_tenant_key_cannot_reach_the_admin_endpoints() {
        IssuedKey tenantAdmin = app.newTenant("admin");
        assertProblem(app.post("/api/v1/admin/tenants", tenantAdmin.key(), "{\"name\":\"sneaky\"}"), 403, "forbidden");
        assertProblem(app.post("/api/v1/admin/tenants/" + tenantAdmin.tenant().value() + "/api-keys",
                tenantAdmin.key(), "{\"userName\":\"x\",\"roles\":[\"admin\"]}"), 403, "forbidden");
    }

    @Test
    void the_platform_admin_creates_a_tenant_and_issues_a_key_that_reaches_only_that_tenant() {
        JsonNode tenant = json(app.post("/api/v1/admin/tenants", app.adminKey(), "{\"name\":\"" + unique() + "\"}"));
        long id = tenant.path("id").asLong();
        HttpResponse<String> issued = app.post("/api/v1/admin/tenants/" + id + "/api-keys", app.adminKey(),
                "{\"userName\":\"cashier-1\",\"roles\":[\"cashier\",\"sales\"]}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String key = json(issued).path("key").asText();

        JsonNode me = json(app.get("/api/v1/me", key));
        assertThat(me.path("tenantId").asLong()).isEqualTo(id);
        assertThat(me.path("roles").toString()).isEqualTo("[\"cashier\",\"sales\"]");
    }

    @Test
    void issuing_a_key_refuses_unknown_roles_the_admin_role_and_unknown_tenants() {
        long tenant = viewer.tenant().value();
        assertProblem(app.post("/api/v1/admin/tenants/" + tenant + "/api-keys", app.adminKey(),
                "{\"userName\":\"u\",\"roles\":[\"wizard\"]}"), 422, "tenancy.invalid-field");
        assertProblem(app.post("/api/v1/admin/tenants/" + tenant + "/api-keys", app.adminKey(),
                "{\"userName\":\"u\",\"roles\":[\"platform-admin\"]}"), 422, "tenancy.invalid-field");
        assertProblem(app.post("/api/v1/admin/tenants/" + tenant + "/api-keys", app.adminKey(),
                "{\"userName\":\"u\",\"roles\":[]}"), 422, "tenancy.invalid-field");
        assertProblem(app.post("/api/v1/admin/tenants/999999999/api-keys", app.adminKey(),
                "{\"userName\":\"u\",\"roles\":[\"admin\"]}"), 404, "tenancy.tenant-not-found");
        assertProblem(app.post("/api/v1/admin/tenants/abc/api-keys", app.adminKey(),
                "{\"userName\":\"u\",\"roles\":[\"admin\"]}"), 404, "not-found");
    }

    @Test
    void malformed_json_is_400_and_a_wrong_shape_is_422_naming_the_field() {
        assertProblem(app.post("/api/v1/admin/tenants", app.adminKey(), "{\"name\":"), 400, "malformed-json");
        assertProblem(app.post("/api/v1/admin/tenants", app.adminKey(), ""), 400, "malformed-json");
        JsonNode unknown = assertProblem(app.post("/api/v1/admin/tenants", app.adminKey(),
                "{\"name\":\"x\",\"colour\":\"red\"}"), 422, "validation-failed");
        assertThat(unknown.path("errors").get(0).path("field").asText()).isEqualTo("colour");
        JsonNode wrongType = assertProblem(app.post("/api/v1/admin/tenants/1/api-keys", app.adminKey(),
                "{\"userName\":\"u\",\"roles\":{\"a\":1}}"), 422, "validation-failed");
        assertThat(wrongType.path("errors").get(0).path("field").asText()).isEqualTo("roles");
        assertProblem(app.post("/api/v1/admin/tenants", app.adminKey(), "{\"name\":\"  \"}"), 422, "tenancy.invalid-field");
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        HttpResponse<String> response = app.send(app.request("/api/v1/admin/tenants", app.adminKey())
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name=x")).build());
        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void a_body_over_the_limit_is_413_and_creates_nothing() {
        String name = "x".repeat(5000);
        assertProblem(app.post("/api/v1/admin/tenants", app.adminKey(), "{\"name\":\"" + name + "\"}"), 413, "body-too-large");
    }

    @Test
    void unknown_routes_are_404_and_wrong_methods_405_as_problems() {
        assertProblem(app.get("/api/v1/no-such-thing", viewer.key()), 404, "not-found");
        assertProblem(app.get("/nowhere", null), 404, "not-found");
        assertProblem(app.send(app.request("/api/v1/me", viewer.key())
                .DELETE().build()), 405, "method-not-allowed");
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_with_the_request_id_and_no_internals() {
        HttpResponse<String> response = app.send(app.request("/api/v1/test/broken", viewer.key())
                .header("X-Request-Id", "req-500").GET().build());
        JsonNode problem = assertProblem(response, 500, "internal-error");
        assertThat(problem.path("requestId").asText()).isEqualTo("req-500");
        assertThat(response.body()).doesNotContain("secret");
    }

    private static String unique() {
        return "tenant-" + System.nanoTime();
    }
}
