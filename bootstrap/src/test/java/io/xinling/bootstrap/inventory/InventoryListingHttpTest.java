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

    @Test
    void documents_are_numbered_per_kind_and_month_and_a_refused_draft_takes_no_number() throws Exception {
        String key = app.newTenant("admin", "warehouse").key();
        InventoryClient inv = new InventoryClient(app, key);
        long w = inv.warehouse("central", false);
        long sku = inv.sku("个", "");
        JsonNode first = inv.receipt("2026-06-30", w, sku, "5", "个", "50.00");
        assertThat(first.path("number").asText()).isEqualTo("RC-202606-0001");
        assertThat(inv.issue("2026-06-30", w, sku, "1", "个").path("number").asText()).isEqualTo("IS-202606-0001");
        assertThat(inv.receipt("2026-07-01", w, sku, "1", "个", "10.00").path("number").asText()).isEqualTo("RC-202607-0001");
        assertProblem(inv.create(doc("receipt", "2026-06-03", w, line(sku, "0", "个", "\"amount\":\"1.00\""))), 422,
                "inventory.non-positive-quantity");
        JsonNode second = ok(inv.create(doc("receipt", "2026-06-01", w, line(sku, "1", "个", "\"amount\":\"1.00\""))), 201);
        assertThat(second.path("number").asText()).as("a refused draft takes no number").isEqualTo("RC-202606-0002");
        assertThat(ok(app.get("/api/v1/inventory/documents/" + second.path("id").asLong(), key), 200).path("number").asText())
                .isEqualTo("RC-202606-0002");
        assertThat(field(ok(app.get("/api/v1/inventory/documents?number=RC-202606-0001", key), 200), "id"))
                .containsExactly(first.path("id").asText());
        assertThat(field(ok(app.get("/api/v1/inventory/documents?number=RC-202606-0001", key), 200), "number"))
                .containsExactly("RC-202606-0001");

        // Eight clients creating receipts in one month at once get eight distinct numbers, 0003 to 0010.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                numbers.add(pool.submit(() -> ok(inv.create(doc("receipt", "2026-06-15", w,
                        line(sku, "1", "个", "\"amount\":\"1.00\""))), 201).path("number").asText()));
            }
            List<String> got = new ArrayList<>();
            for (var f : numbers) {
                got.add(f.get());
            }
            assertThat(got).containsExactlyInAnyOrder("RC-202606-0003", "RC-202606-0004", "RC-202606-0005", "RC-202606-0006",
                    "RC-202606-0007", "RC-202606-0008", "RC-202606-0009", "RC-202606-0010");
        } finally {
            pool.shutdown();
        }
        assertThat(inv.receipt("2026-06-30", w, sku, "1", "个", "1.00").path("number").asText()).isEqualTo("RC-202606-0011");
        InventoryClient other = new InventoryClient(app, app.newTenant("admin", "warehouse").key());
        assertThat(other.receipt("2026-06-30", other.warehouse("central", false), other.sku("个", ""), "1", "个", "1.00")
                .path("number").asText()).as("another tenant numbers its own").isEqualTo("RC-202606-0001");
    }
}
