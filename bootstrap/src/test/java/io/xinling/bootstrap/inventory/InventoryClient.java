package io.xinling.bootstrap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Calls of the inventory API used by the HTTP tests, each asserting its success status. */
final class InventoryClient {

    private static final AtomicInteger CODES = new AtomicInteger();

    private final TestApp app;
    private final String key;

    InventoryClient(TestApp app, String key) {
        this.app = app;
        this.key = key;
    }

    static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json(response);
    }

    String key() {
        return key;
    }

    /** A product with one SKU; {@code extra} is spliced into the SKU object (e.g. units, tracking). */
    long sku(String baseUnit, String extra) {
        String code = "P" + CODES.incrementAndGet();
        String body = "{\"code\":\"" + code + "\",\"name\":\"商品" + code + "\",\"skus\":[{\"code\":\"" + code
                + "-1\",\"baseUnit\":\"" + baseUnit + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}]}";
        return ok(app.post("/api/v1/products", key, body), 201).path("skus").get(0).path("id").asLong();
    }

    long warehouse(String kind, boolean allowNegative) {
        String code = "W" + CODES.incrementAndGet();
        return ok(app.post("/api/v1/warehouses", key, "{\"code\":\"" + code + "\",\"kind\":\"" + kind
                + "\",\"allowNegativeStock\":" + allowNegative + "}"), 201).path("id").asLong();
    }

    HttpResponse<String> create(String json) {
        return app.post("/api/v1/inventory/documents", key, json);
    }

    HttpResponse<String> post(long document) {
        return app.post("/api/v1/inventory/documents/" + document + "/post", key, "{}");
    }

    HttpResponse<String> cancel(long document) {
        return app.post("/api/v1/inventory/documents/" + document + "/cancel", key, "{}");
    }

    /** Creates and posts a document; returns the posted document. */
    JsonNode posted(String json) {
        long id = ok(create(json), 201).path("id").asLong();
        return ok(post(id), 200);
    }

    JsonNode receipt(String date, long warehouse, long sku, String qty, String unit, String amount) {
        return posted(doc("receipt", date, warehouse, line(sku, qty, unit, "\"amount\":\"" + amount + "\"")));
    }

    JsonNode issue(String date, long warehouse, long sku, String qty, String unit) {
        return posted(doc("issue", date, warehouse, line(sku, qty, unit, "")));
    }

    static String doc(String kind, String date, long warehouse, String... lines) {
        return "{\"kind\":\"" + kind + "\",\"date\":\"" + date + "\",\"warehouseId\":" + warehouse + ",\"lines\":["
                + String.join(",", lines) + "]}";
    }

    static String line(long sku, String qty, String unit, String extra) {
        return "{\"skuId\":" + sku + ",\"quantity\":\"" + qty + "\",\"unit\":\"" + unit + "\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    JsonNode balances(String query) {
        return ok(app.get("/api/v1/inventory/balances?" + query, key), 200);
    }

    JsonNode balance(String date, long warehouse, long sku) {
        JsonNode rows = balances("date=" + date + "&warehouseId=" + warehouse + "&skuId=" + sku);
        assertThat(rows.size()).as(rows.toString()).isEqualTo(1);
        return rows.get(0);
    }

    List<JsonNode> movements(long sku) {
        List<JsonNode> out = new ArrayList<>();
        ok(app.get("/api/v1/inventory/movements?skuId=" + sku, key), 200).forEach(out::add);
        return out;
    }

    static String amount(JsonNode document, int line) {
        for (JsonNode m : document.path("movements")) {
            if (m.path("line").asInt() == line) {
                return m.path("amount").asText();
            }
        }
        throw new AssertionError("no movement of line " + line + " in " + document);
    }
}
