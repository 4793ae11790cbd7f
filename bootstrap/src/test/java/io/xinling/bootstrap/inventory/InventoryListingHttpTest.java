package io.xinling.bootstrap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.xinling.bootstrap.inventory.InventoryClient.doc;
import static io.xinling.bootstrap.inventory.InventoryClient.line;
import static io.xinling.bootstrap.inventory.InventoryClient.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/products, /api/v1/skus and /api/v1/inventory/documents: filters, paging, totals. */
class InventoryListingHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static List<String> field(JsonNode page, String name) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(i -> out.add(i.path(name).asText()));
        return out;
    }

    private static void product(String key, String code, String skuName) {
        ok(app.post("/api/v1/products", key, "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"skus\":[{\"code\":\""
                + code + "-1\",\"name\":\"" + skuName + "\",\"baseUnit\":\"个\"}]}"), 201);
    }

    @Test
    void products_and_skus_list_by_code_with_a_text_filter_and_paging() {
        String key = app.newTenant("admin").key();
        product(key, "BANANA", "香蕉");
        product(key, "APPLE", "红苹果");
        product(key, "CHERRY", "樱桃");

        JsonNode all = ok(app.get("/api/v1/products?limit=2", key), 200);
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(field(all, "code")).containsExactly("APPLE", "BANANA");
        assertThat(all.path("items").get(0).path("skus").get(0).path("code").asText()).isEqualTo("APPLE-1");
        assertThat(field(ok(app.get("/api/v1/products?limit=2&offset=2", key), 200), "code")).containsExactly("CHERRY");
        assertThat(field(ok(app.get("/api/v1/products?q=an", key), 200), "code")).containsExactly("BANANA");
        assertThat(field(ok(app.get("/api/v1/products?q=%E8%8B%B9%E6%9E%9C", key), 200), "code"))
                .as("a SKU's name matches its product").containsExactly("APPLE");
        assertThat(ok(app.get("/api/v1/products?q=%25", key), 200).path("total").asLong()).as("% is literal").isZero();

        JsonNode skus = ok(app.get("/api/v1/skus?q=cherry", key), 200);
        assertThat(skus.path("total").asLong()).isEqualTo(1);
        assertThat(field(skus, "code")).containsExactly("CHERRY-1");
        assertThat(ok(app.get("/api/v1/skus", key), 200).path("total").asLong()).isEqualTo(3);

        assertProblem(app.get("/api/v1/products?limit=201", key), 422, "validation-failed");
        assertProblem(app.get("/api/v1/skus?offset=-1", key), 422, "validation-failed");
        assertThat(ok(app.get("/api/v1/products", app.newTenant("viewer").key()), 200).path("total").asLong())
                .as("another tenant sees none of them").isZero();
    }

    @Test
    void documents_list_newest_first_filtered_by_kind_status_warehouse_and_dates() {
        String key = app.newTenant("admin", "warehouse").key();
        InventoryClient inv = new InventoryClient(app, key);
        long w1 = inv.warehouse("central", false);
        long w2 = inv.warehouse("store", false);
        long sku = inv.sku("个", "");
        long r1 = inv.receipt("2026-05-02", w1, sku, "5", "个", "50.00").path("id").asLong();
        long r2 = ok(inv.create(doc("receipt", "2026-05-02", w2, line(sku, "1", "个", "\"amount\":\"10.00\""))), 201)
                .path("id").asLong();
        long i1 = inv.issue("2026-05-05", w1, sku, "1", "个").path("id").asLong();

        JsonNode all = ok(app.get("/api/v1/inventory/documents", key), 200);
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(field(all, "id")).containsExactly(Long.toString(i1), Long.toString(r2), Long.toString(r1));
        assertThat(all.path("items").get(0).path("lines").asInt()).isEqualTo(1);
        assertThat(all.path("items").get(0).path("status").asText()).isEqualTo("posted");

        assertThat(field(ok(app.get("/api/v1/inventory/documents?kind=receipt", key), 200), "id"))
                .containsExactly(Long.toString(r2), Long.toString(r1));
        assertThat(field(ok(app.get("/api/v1/inventory/documents?status=draft", key), 200), "id"))
                .containsExactly(Long.toString(r2));
        assertThat(field(ok(app.get("/api/v1/inventory/documents?warehouseId=" + w2, key), 200), "id"))
                .containsExactly(Long.toString(r2));
        assertThat(field(ok(app.get("/api/v1/inventory/documents?from=2026-05-03&to=2026-05-31", key), 200), "id"))
                .containsExactly(Long.toString(i1));
        JsonNode page = ok(app.get("/api/v1/inventory/documents?limit=1&offset=1", key), 200);
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(field(page, "id")).containsExactly(Long.toString(r2));

        assertProblem(app.get("/api/v1/inventory/documents?kind=gift", key), 422, "validation-failed");
        assertProblem(app.get("/api/v1/inventory/documents?status=open", key), 422, "validation-failed");
        assertProblem(app.get("/api/v1/inventory/documents?from=2026-05-31&to=2026-05-01", key), 422,
                "inventory.invalid-field");
        assertProblem(app.get("/api/v1/inventory/documents?limit=0", key), 422, "validation-failed");
    }
}
