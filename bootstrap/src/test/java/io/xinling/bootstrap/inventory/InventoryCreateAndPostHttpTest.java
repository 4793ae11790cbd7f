package io.xinling.bootstrap.inventory;

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

/** {@code POST /api/v1/inventory/documents?post=true}: saved and posted in one transaction, or nothing saved at all. */
class InventoryCreateAndPostHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private record Tenant(String key, long warehouse, long sku) {
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json(response);
    }

    private static Tenant tenant() {
        IssuedKey issued = app.newTenant("warehouse", "accountant", "admin");
        String key = issued.key();
        String code = "CP" + System.nanoTime();
        long sku = ok(app.post("/api/v1/products", key, "{\"code\":\"" + code + "\",\"name\":\"商品\",\"skus\":[{\"code\":\""
                + code + "-1\",\"baseUnit\":\"个\"}]}"), 201).path("skus").get(0).path("id").asLong();
        long warehouse = ok(app.post("/api/v1/warehouses", key, "{\"code\":\"W" + code + "\",\"kind\":\"central\"}"), 201)
                .path("id").asLong();
        return new Tenant(key, warehouse, sku);
    }

    private static String document(Tenant t, String kind, String quantity, String amount) {
        return "{\"kind\":\"" + kind + "\",\"date\":\"2026-11-05\",\"warehouseId\":" + t.warehouse() + ",\"lines\":[{\"skuId\":"
                + t.sku() + ",\"quantity\":\"" + quantity + "\",\"unit\":\"个\"" + (amount == null ? "" : ",\"amount\":\"" + amount + "\"")
                + "}]}";
    }

    private static HttpResponse<String> createAndPost(Tenant t, String body) {
        return app.post("/api/v1/inventory/documents?post=true", t.key(), body);
    }

    private static long documents(Tenant t) {
        return ok(app.get("/api/v1/inventory/documents", t.key()), 200).path("total").asLong();
    }

    private static JsonNode balance(Tenant t) {
        JsonNode rows = ok(app.get("/api/v1/inventory/balances?date=2026-11-30&skuId=" + t.sku(), t.key()), 200);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void a_document_is_saved_and_posted_in_one_request_with_its_costed_movements_and_voucher() {
        Tenant t = tenant();
        JsonNode receipt = ok(createAndPost(t, document(t, "receipt", "4", "40.00")), 201);
        assertThat(receipt.path("status").asText()).isEqualTo("posted");
        assertThat(receipt.path("number").asText()).isNotBlank();
        JsonNode issue = ok(createAndPost(t, document(t, "issue", "1", null)), 201);
        assertThat(issue.path("status").asText()).isEqualTo("posted");
        assertThat(issue.path("movements")).hasSize(1);
        assertThat(issue.path("movements").get(0).path("amount").asText()).isEqualTo("-10.00");
        assertThat(ok(app.get("/api/v1/inventory/documents/" + issue.path("id").asLong(), t.key()), 200)
                .path("status").asText()).isEqualTo("posted");
        JsonNode balance = balance(t);
        assertThat(balance.path("quantity").asText()).isEqualTo("3");
        assertThat(balance.path("value").asText()).isEqualTo("30.00");
        JsonNode vouchers = ok(app.get("/api/v1/accounting/vouchers?from=2026-11-01&to=2026-11-30", t.key()), 200);
        assertThat(vouchers).as(vouchers.toString()).hasSize(2);
    }

    @Test
    void a_refusal_at_posting_saves_nothing_not_even_the_draft() {
        Tenant t = tenant();
        ok(createAndPost(t, document(t, "receipt", "2", "20.00")), 201);
        assertProblem(createAndPost(t, document(t, "issue", "5", null)), 422, "inventory.insufficient-stock");
        assertThat(documents(t)).isEqualTo(1);
        JsonNode balance = balance(t);
        assertThat(balance.path("quantity").asText()).isEqualTo("2");
        assertThat(balance.path("value").asText()).isEqualTo("20.00");
    }

    @Test
    void bad_input_is_refused_before_anything_is_saved() {
        Tenant t = tenant();
        assertProblem(createAndPost(t, document(t, "receipt", "0", "20.00")), 422,
                "inventory.non-positive-quantity");
        assertProblem(createAndPost(t, "{\"kind\":\"receipt\",\"date\":\"2026-11-05\",\"warehouseId\":" + t.warehouse()
                + ",\"lines\":[{\"skuId\":999999999,\"quantity\":\"1\",\"unit\":\"个\",\"amount\":\"1.00\"}]}"), 422,
                "catalog.unknown-sku");
        assertThat(documents(t)).isZero();
    }
}
