package io.xinling.bootstrap.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import io.xinling.web.WebSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that reached past validation and failed with a 500, found by a probe that sent every route of the OpenAPI
 * document malformed bodies, fields, ids and query values; each is now a 4xx problem naming what is wrong.
 */
class ProbedRefusalsHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(new WebSettings(4096));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_nul_character_anywhere_in_a_request_is_refused_naming_where() {
        String name = "tenant-" + System.nanoTime();
        IssuedKey admin = app.newTenant("admin");
        JsonNode inValue = assertProblem(app.post("/api/v1/admin/tenants", app.adminKey(),
                "{\"name\":\"" + name + "\\u0000\"}"), 422, "validation-failed");
        assertThat(inValue.path("errors").get(0).path("field").asText()).isEqualTo("name");
        JsonNode nested = assertProblem(app.post("/api/v1/warehouses", admin.key(),
                "{\"code\":\"W\",\"kind\":\"central\",\"x\":[\"a\",{\"b\":\"\\u0000\"}]}"), 422, "validation-failed");
        assertThat(nested.path("errors").get(0).path("field").asText()).isEqualTo("x[1].b");
        JsonNode inKey = assertProblem(app.post("/api/v1/admin/tenants", app.adminKey(),
                "{\"na\\u0000me\":\"x\"}"), 422, "validation-failed");
        assertThat(inKey.path("errors").get(0).path("field").asText()).isEqualTo("na\0me");
        // an escaped backslash followed by "u0000" is text, not a NUL
        JsonNode escaped = json(app.post("/api/v1/admin/tenants", app.adminKey(), "{\"name\":\"" + name + "\\\\u0000\"}"));
        assertThat(escaped.path("name").asText()).isEqualTo(name + "\\u0000");
        JsonNode inQuery = assertProblem(app.get("/api/v1/inventory/balances?date=2026-01-01&skuId=1%00", admin.key()), 422,
                "validation-failed");
        assertThat(inQuery.path("errors").get(0).path("field").asText()).isEqualTo("skuId");
        assertThat(assertProblem(app.get("/api/v1/inventory/balances?sku%00Id=1", admin.key()), 422, "validation-failed")
                .path("errors").get(0).path("field").asText()).isEqualTo("query");
        // Jetty refuses a NUL in the path itself, before any route: still a problem document
        assertProblem(app.get("/api/v1/inventory/serials/A%00B/trace", admin.key()), 400, "bad-request");
    }

    @Test
    void an_inventory_id_that_is_not_positive_is_a_422_naming_the_parameter() {
        IssuedKey admin = app.newTenant("admin");
        for (String query : new String[] {"reservations?warehouseId=-1", "reservations?skuId=0", "balances?warehouseId=-5",
                "movements?skuId=-1"}) {
            JsonNode problem = assertProblem(app.get("/api/v1/inventory/" + query, admin.key()), 422, "validation-failed");
            assertThat(problem.path("errors").get(0).path("field").asText()).as(query).isEqualTo(query.replaceAll(".*\\?|=.*", ""));
        }
        JsonNode body = assertProblem(app.post("/api/v1/inventory/reservations", admin.key(),
                "{\"warehouseId\":-1,\"skuId\":1,\"quantity\":\"1\"}"), 422, "validation-failed");
        assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("warehouseId");
        body = assertProblem(app.post("/api/v1/inventory/reservations", admin.key(),
                "{\"warehouseId\":1,\"skuId\":0,\"quantity\":\"1\"}"), 422, "validation-failed");
        assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("skuId");
    }

    @Test
    void a_null_element_of_any_request_list_is_a_422_naming_its_index() {
        IssuedKey admin = app.newTenant("admin");
        JsonNode preview = assertProblem(app.post("/api/v1/promotions/preview", admin.key(),
                "{\"at\":\"2026-11-20T10:00\",\"lines\":[null]}"), 422, "validation-failed");
        assertThat(preview.path("errors").get(0).path("field").asText()).isEqualTo("lines[0]");
        JsonNode priceChange = assertProblem(app.post("/api/v1/promotions/price-changes", admin.key(),
                "{\"stores\":[\"S1\",null],\"start\":\"2026-12-01T00:00\",\"end\":\"2026-12-05T00:00\","
                        + "\"lines\":[{\"sku\":\"A\",\"price\":\"3.00\"}]}"), 422, "validation-failed");
        assertThat(priceChange.path("errors").get(0).path("field").asText()).isEqualTo("stores[1]");
        assertThat(priceChange.path("detail").asText()).isEqualTo("stores[1]: may not be null");
    }

    @Test
    void a_scheme_field_given_as_null_is_a_422_naming_it_on_create_and_on_edit() {
        IssuedKey admin = app.newTenant("admin");
        String scheme = "{\"id\":\"N-1\",\"type\":\"whole_order_discount\",\"params\":{\"payRate\":\"98\"}%s}";
        JsonNode created = assertProblem(app.post("/api/v1/promotions/schemes", admin.key(), scheme.formatted(",\"label\":null")),
                422, "promotion.invalid-scheme");
        assertThat(created.path("detail").asText()).startsWith("label: may not be null");
        assertThat(app.post("/api/v1/promotions/schemes", admin.key(), scheme.formatted("")).statusCode()).isEqualTo(201);
        JsonNode edited = assertProblem(app.post("/api/v1/promotions/schemes/N-1/versions", admin.key(),
                "{\"params\":{\"payRate\":\"97\"},\"priority\":null}"), 422, "promotion.invalid-scheme");
        assertThat(edited.path("detail").asText()).startsWith("priority: may not be null");
    }

    @Test
    void a_malformed_amount_names_its_field_once() {
        IssuedKey admin = app.newTenant("admin");
        JsonNode problem = assertProblem(app.post("/api/v1/promotions/preview", admin.key(), "{\"at\":\"2026-11-20T10:00\","
                + "\"lines\":[{\"sku\":\"A\",\"unitPrice\":\"3.50\",\"quantity\":\"1\",\"floor\":{\"minUnitPrice\":\"x\"}}]}"),
                422, "validation-failed");
        assertThat(problem.path("detail").asText()).isEqualTo("lines[0].floor.minUnitPrice: 'x' is not a decimal number");
        assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("'x' is not a decimal number");
    }

    @Test
    void a_trade_line_unit_longer_than_any_unit_code_is_a_422_naming_it() {
        IssuedKey admin = app.newTenant("admin");
        long w = json(app.post("/api/v1/warehouses", admin.key(), "{\"code\":\"W1\",\"kind\":\"central\"}")).path("id").asLong();
        long sku = json(app.post("/api/v1/products", admin.key(), "{\"code\":\"P1\",\"skus\":[{\"code\":\"P1\","
                + "\"baseUnit\":\"个\"}]}")).path("skus").get(0).path("id").asLong();
        long customer = json(app.post("/api/v1/partners", admin.key(), "{\"code\":\"C1\",\"name\":\"C\",\"roles\":[\"customer\"]}"))
                .path("id").asLong();
        JsonNode problem = assertProblem(app.post("/api/v1/sales/orders", admin.key(), "{\"partnerId\":" + customer
                + ",\"warehouseId\":" + w + ",\"date\":\"2026-11-20\",\"lines\":[{\"skuId\":" + sku + ",\"quantity\":\"1\","
                + "\"unit\":\"" + "箱".repeat(17) + "\",\"price\":\"1.00\",\"taxRatePercent\":\"13\"}]}"), 422, "trade.invalid-field");
        assertThat(problem.path("detail").asText()).startsWith("lines[0].unit");
    }
}
