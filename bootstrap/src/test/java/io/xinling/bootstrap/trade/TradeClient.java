package io.xinling.bootstrap.trade;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Calls of the partner, inventory, settlement and trade document APIs used by the trade HTTP tests. */
final class TradeClient {

    static final String DELIVERIES = "/api/v1/sales/deliveries";
    static final String RECEIPTS = "/api/v1/purchases/receipts";
    static final String RETURNS = "/api/v1/sales/returns";
    static final String PURCHASE_RETURNS = "/api/v1/purchases/returns";
    static final String SALES_ORDERS = "/api/v1/sales/orders";
    static final String PURCHASE_ORDERS = "/api/v1/purchases/orders";
    private static final AtomicInteger CODES = new AtomicInteger();

    private final TestApp app;
    private final String key;

    TradeClient(TestApp app, String key) {
        this.app = app;
        this.key = key;
    }

    String key() {
        return key;
    }

    static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json(response);
    }

    long partner(String role) {
        return partner(role, "customer".equals(role) ? "100000.00" : null);
    }

    long partner(String role, String creditLimit) {
        String code = "T" + CODES.incrementAndGet();
        return ok(app.post("/api/v1/partners", key, "{\"code\":\"" + code + "\",\"name\":\"Partner " + code
                + "\",\"roles\":[\"" + role + "\"]" + (creditLimit == null ? "" : ",\"creditLimit\":\"" + creditLimit + "\"")
                + "}"), 201).path("id").asLong();
    }

    long sku() {
        String code = "TP" + CODES.incrementAndGet() + "-" + System.nanoTime();
        return ok(app.post("/api/v1/products", key, "{\"code\":\"" + code + "\",\"name\":\"商品\",\"skus\":[{\"code\":\""
                + code + "-1\",\"baseUnit\":\"个\"}]}"), 201).path("skus").get(0).path("id").asLong();
    }

    long warehouse() {
        return ok(app.post("/api/v1/warehouses", key, "{\"code\":\"TW" + CODES.incrementAndGet()
                + "\",\"kind\":\"central\",\"allowNegativeStock\":false}"), 201).path("id").asLong();
    }

    /** A document body; {@code extra} is spliced into the header (e.g. the delivery of a return). */
    static String doc(long partner, long warehouse, String date, String extra, String... lines) {
        return "{\"partnerId\":" + partner + ",\"warehouseId\":" + warehouse + ",\"date\":\"" + date + "\""
                + (extra.isEmpty() ? "" : "," + extra) + ",\"lines\":[" + String.join(",", lines) + "]}";
    }

    /** A line at 13 % VAT, tax-exclusive; {@code extra} is spliced into it. */
    static String line(long sku, String quantity, String price, String extra) {
        return "{\"skuId\":" + sku + ",\"quantity\":\"" + quantity + "\",\"unit\":\"个\",\"price\":\"" + price
                + "\",\"taxRatePercent\":\"13\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    HttpResponse<String> create(String path, String body) {
        return app.post(path, key, body);
    }

    HttpResponse<String> post(String path, long id) {
        return app.post(path + "/" + id + "/post", key, "{}");
    }

    /** Creates and posts a document; returns the posted document. */
    JsonNode posted(String path, String body) {
        long id = ok(create(path, body), 201).path("id").asLong();
        return ok(post(path, id), 200);
    }

    HttpResponse<String> put(String path, long id, String body) {
        return app.put(path + "/" + id, key, body);
    }

    HttpResponse<String> cancel(String path, long id) {
        return app.post(path + "/" + id + "/cancel", key, "{}");
    }

    HttpResponse<String> action(String path, long id, String action) {
        return app.post(path + "/" + id + "/" + action, key, "{}");
    }

    JsonNode openItems(long partner) {
        return ok(app.get("/api/v1/settlement/open-items?partnerId=" + partner, key), 200).path("items");
    }

    JsonNode movements(long sku) {
        return ok(app.get("/api/v1/inventory/movements?skuId=" + sku, key), 200);
    }

    JsonNode balance(String date, long warehouse, long sku) {
        JsonNode rows = ok(app.get("/api/v1/inventory/balances?date=" + date + "&warehouseId=" + warehouse + "&skuId="
                + sku, key), 200);
        assertThat(rows.size()).as(rows.toString()).isEqualTo(1);
        return rows.get(0);
    }

    JsonNode get(String path) {
        return ok(app.get(path, key), 200);
    }

    /** An inventory receipt straight on the stock ledger, for stock a test needs before its documents. */
    void stock(long warehouse, long sku, String date, String quantity, String amount) {
        long id = ok(app.post("/api/v1/inventory/documents", key, "{\"kind\":\"receipt\",\"date\":\"" + date
                + "\",\"warehouseId\":" + warehouse + ",\"lines\":[{\"skuId\":" + sku + ",\"quantity\":\"" + quantity
                + "\",\"unit\":\"个\",\"amount\":\"" + amount + "\"}]}"), 201).path("id").asLong();
        ok(app.post("/api/v1/inventory/documents/" + id + "/post", key, "{}"), 200);
    }
}
