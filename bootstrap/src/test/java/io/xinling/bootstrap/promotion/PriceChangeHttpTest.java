package io.xinling.bootstrap.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Promotional price changes (促销调价) as approved, dated documents feeding stage S0 of the preview (spec 2.9). */
class PriceChangeHttpTest {

    private static final String DOCUMENT = """
            {"stores":["S1"],"start":"2026-12-01T00:00","end":"2026-12-08T00:00","note":"双十二预热",
             "lines":[{"sku":"D","price":"80.00"},{"sku":"C","price":"5.00"}]}""";

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
    void an_approved_document_sets_the_base_price_in_its_stores_and_window_only() {
        IssuedKey admin = app.newTenant("admin");
        HttpResponse<String> created = app.post("/api/v1/promotions/price-changes", admin.key(), DOCUMENT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).path("status").asText()).isEqualTo("draft");
        String one = "/api/v1/promotions/price-changes/" + json(created).path("id").asLong();
        assertThat(payable(admin, "S1", "2026-12-02T10:00:00")).as("a draft changes nothing").isEqualTo("103.00");

        assertThat(json(app.post(one + "/approve", admin.key(), "")).path("status").asText()).isEqualTo("approved");
        JsonNode priced = preview(admin, "S1", "2026-12-02T10:00:00", "");
        assertThat(line(priced, "D").path("baseUnitPrice").asText()).isEqualTo("80.00");
        assertThat(line(priced, "D").path("listUnitPrice").asText()).isEqualTo("100.00");
        assertThat(line(priced, "D").path("payable").asText()).isEqualTo("80.00");
        assertThat(line(priced, "D").path("adjustments")).as("a base price, not an adjustment").isEmpty();
        assertThat(line(priced, "C").path("payable").asText()).as("never raises a price").isEqualTo("3.00");
        assertThat(payable(admin, "S2", "2026-12-02T10:00:00")).isEqualTo("103.00");
        assertThat(payable(admin, "S1", "2026-12-08T00:00:00")).as("the end is exclusive").isEqualTo("103.00");
        assertThat(payable(admin, "S1", "2026-12-01T00:00:00")).isEqualTo("83.00");

        JsonNode withThreshold = preview(admin, "S1", "2026-12-02T10:00:00", ",\"schemes\":[{\"type\":\"threshold_amount_off\","
                + "\"id\":\"mj\",\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"20.00\"}]}}]");
        assertThat(withThreshold.path("payable").asText()).as("S0 comes before the 满减 threshold").isEqualTo("83.00");
        assertThat(withThreshold.path("notApplied").get(0).path("shortfall").asText()).isEqualTo("17.00");

        assertThat(json(app.post(one + "/cancel", admin.key(), "")).path("status").asText()).isEqualTo("cancelled");
        assertThat(payable(admin, "S1", "2026-12-02T10:00:00")).isEqualTo("103.00");
        assertProblem(app.post(one + "/cancel", admin.key(), ""), 409, "promotion.illegal-price-change-transition");
        assertProblem(app.post(one + "/approve", admin.key(), ""), 409, "promotion.illegal-price-change-transition");
        assertThat(json(app.get("/api/v1/promotions/price-changes", admin.key()))).hasSize(1);
    }

    @Test
    void malformed_documents_are_422_naming_the_field_and_nothing_is_saved() {
        IssuedKey admin = app.newTenant("admin");
        field(app.post("/api/v1/promotions/price-changes", admin.key(), DOCUMENT.replace("2026-12-08T00:00", "2026-12-01T00:00")), "end");
        field(app.post("/api/v1/promotions/price-changes", admin.key(), DOCUMENT.replace("\"80.00\"", "\"-1.00\"")), "lines[0].price");
        field(app.post("/api/v1/promotions/price-changes", admin.key(), DOCUMENT.replace("\"C\"", "\"D\"")), "lines[1].sku");
        field(app.post("/api/v1/promotions/price-changes", admin.key(), "{\"start\":\"2026-12-01T00:00\",\"end\":\"2026-12-02T00:00\"}"),
                "lines");
        field(app.post("/api/v1/promotions/price-changes", admin.key(), DOCUMENT.replace("2026-12-01T00:00", "tomorrow")), "start");
        // a null element of any request list is refused as the JSON is read (Json), before the price change's own checks
        assertThat(assertProblem(app.post("/api/v1/promotions/price-changes", admin.key(), DOCUMENT.replace("[\"S1\"]",
                "[\"S1\",null]")), 422, "validation-failed").path("detail").asText()).isEqualTo("stores[1]: may not be null");
        assertThat(json(app.get("/api/v1/promotions/price-changes", admin.key()))).isEmpty();
        assertProblem(app.post("/api/v1/promotions/price-changes/999999/approve", admin.key(), ""), 404,
                "promotion.price-change-not-found");
        assertProblem(app.post("/api/v1/promotions/price-changes", app.keyFor(admin.tenant().value(), "cashier").key(), DOCUMENT),
                403, "forbidden");
    }

    private static void field(HttpResponse<String> response, String field) {
        assertThat(assertProblem(response, 422, "promotion.invalid-field").path("detail").asText()).startsWith(field + ":");
    }

    private static String payable(IssuedKey key, String store, String at) {
        return preview(key, store, at, "").path("payable").asText();
    }

    private static JsonNode preview(IssuedKey key, String store, String at, String extra) {
        String body = "{\"store\":\"" + store + "\",\"channel\":\"POS\",\"at\":\"" + at + "\",\"lines\":["
                + "{\"lineNo\":1,\"sku\":\"D\",\"unitPrice\":\"100.00\",\"quantity\":\"1\"},"
                + "{\"lineNo\":2,\"sku\":\"C\",\"unitPrice\":\"3.00\",\"quantity\":\"1\"}]" + extra + "}";
        HttpResponse<String> response = app.post("/api/v1/promotions/preview", key.key(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode line(JsonNode result, String sku) {
        for (JsonNode line : result.path("lines")) {
            if (line.path("sku").asText().equals(sku)) {
                return line;
            }
        }
        throw new AssertionError(sku + " not in " + result);
    }
}
