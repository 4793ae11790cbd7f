package io.xinling.bootstrap.web;

import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_replay_returns_the_first_status_and_body_and_creates_nothing_more() {
        String body = "{\"name\":\"idem-" + System.nanoTime() + "\"}";
        Map<String, String> key = Map.of("Idempotency-Key", "create-" + System.nanoTime());

        HttpResponse<String> first = app.post("/api/v1/admin/tenants", app.adminKey(), body, key);
        HttpResponse<String> second = app.post("/api/v1/admin/tenants", app.adminKey(), body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        // without the key the same name is a new request: the name is taken, so nothing was created twice
        assertProblem(app.post("/api/v1/admin/tenants", app.adminKey(), body), 409, "tenancy.tenant-name-conflict");
    }

    @Test
    void a_refusal_is_replayed_too() {
        Map<String, String> key = Map.of("Idempotency-Key", "bad-" + System.nanoTime());
        HttpResponse<String> first = app.post("/api/v1/admin/tenants", app.adminKey(), "{\"name\":\"\"}", key);
        HttpResponse<String> second = app.post("/api/v1/admin/tenants", app.adminKey(), "{\"name\":\"\"}", key);
        assertProblem(first, 422, "tenancy.invalid-field");
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(json(second).path("detail")).isEqualTo(json(first).path("detail"));
    }

    @Test
    void the_same_key_with_another_body_is_422() {
        Map<String, String> key = Map.of("Idempotency-Key", "reuse-" + System.nanoTime());
        app.post("/api/v1/admin/tenants", app.adminKey(), "{\"name\":\"a-" + System.nanoTime() + "\"}", key);
        assertProblem(app.post("/api/v1/admin/tenants", app.adminKey(), "{\"name\":\"b-" + System.nanoTime() + "\"}", key),
                422, "idempotency-key-reused");
    }

    @Test
    void keys_belong_to_a_tenant() {
        var one = app.newTenant("admin");
        var two = app.newTenant("admin");
        Map<String, String> key = Map.of("Idempotency-Key", "shared-" + System.nanoTime());
        // the same key string in two tenants with different bodies: neither a mismatch nor a replay of the other's answer
        HttpResponse<String> a = app.post("/api/v1/coupon-types", one.key(),
                "{\"name\":\"A\",\"kind\":\"cash_coupon\",\"parameters\":{\"amount\":\"5.00\"},\"validDays\":3}", key);
        HttpResponse<String> b = app.post("/api/v1/coupon-types", two.key(),
                "{\"name\":\"B\",\"kind\":\"cash_coupon\",\"parameters\":{\"amount\":\"9.00\"},\"validDays\":3}", key);
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        assertThat(b.statusCode()).as(b.body()).isEqualTo(201);
        assertThat(b.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(json(b).path("name").asText()).isEqualTo("B");
    }
}
