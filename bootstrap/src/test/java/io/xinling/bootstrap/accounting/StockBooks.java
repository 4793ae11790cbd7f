package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** One tenant with stock and books over HTTP: posts inventory documents, reads their vouchers and the GL. */
final class StockBooks {

    private static final AtomicInteger CODES = new AtomicInteger();

    final TestApp app;
    final IssuedKey issued;
    final String key;

    StockBooks(TestApp app) {
        this(app, "warehouse", "accountant", "admin");
    }

    StockBooks(TestApp app, String... roles) {
        this.app = app;
        this.issued = app.newTenant(roles);
        this.key = issued.key();
    }

    static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json(response);
    }

    long sku() {
        return sku("0");
    }

    /** A SKU whose purchases carry {@code taxRatePercent} of input VAT. */
    long sku(String taxRatePercent) {
        String code = "G" + CODES.incrementAndGet() + "-" + System.nanoTime();
        String body = "{\"code\":\"" + code + "\",\"name\":\"商品" + code + "\",\"skus\":[{\"code\":\"" + code
                + "-1\",\"baseUnit\":\"个\",\"referenceCost\":\"10.00\",\"taxRate\":\"" + taxRatePercent + "\"}]}";
        return ok(app.post("/api/v1/products", key, body), 201).path("skus").get(0).path("id").asLong();
    }

    long warehouse(boolean allowNegative) {
        return warehouse(allowNegative, 1);
    }

    long warehouse(boolean allowNegative, long branch) {
        String code = "GW" + CODES.incrementAndGet() + "-" + System.nanoTime();
        return ok(app.post("/api/v1/warehouses", key, "{\"code\":\"" + code + "\",\"kind\":\"central\",\"branchId\":" + branch + ",\"allowNegativeStock\":"
                + allowNegative + "}"), 201).path("id").asLong();
    }

    long draft(String json) {
        return ok(app.post("/api/v1/inventory/documents", key, json), 201).path("id").asLong();
    }

    HttpResponse<String> post(long document) {
        return app.post("/api/v1/inventory/documents/" + document + "/post", key, "{}");
    }

    long posted(String json) {
        long id = draft(json);
        ok(post(id), 200);
        return id;
    }

    long receipt(String date, long warehouse, long sku, String qty, String amount) {
        return posted(doc("receipt", date, warehouse, "purchase", line(sku, qty, "\"amount\":\"" + amount + "\"")));
    }

    long sale(String date, long warehouse, long sku, String qty) {
        return posted(doc("issue", date, warehouse, "sale", line(sku, qty, "")));
    }

    static String doc(String kind, String date, long warehouse, String purpose, String... lines) {
        return "{\"kind\":\"" + kind + "\",\"date\":\"" + date + "\",\"warehouseId\":" + warehouse
                + (purpose == null ? "" : ",\"purpose\":\"" + purpose + "\"") + ",\"lines\":[" + String.join(",", lines) + "]}";
    }

    static String line(long sku, String qty, String extra) {
        return "{\"skuId\":" + sku + ",\"quantity\":\"" + qty + "\",\"unit\":\"个\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    JsonNode get(String path) {
        return ok(app.get(path, key), 200);
    }

    /** The generated vouchers of a month whose provenance names {@code sourceType} and {@code document}. */
    List<JsonNode> vouchers(String month, String sourceType, long document) {
        List<JsonNode> out = new ArrayList<>();
        get("/api/v1/accounting/vouchers?from=" + month + "-01&to=" + month + "-28").forEach(v -> {
            JsonNode p = v.path("provenance");
            if (p.path("sourceType").asText().equals(sourceType) && p.path("sourceId").asLong() == document) {
                out.add(v);
            }
        });
        return out;
    }

    /** The single voucher of a document as "Dr 1405 100.00" lines, in voucher order. */
    List<String> lines(String month, String sourceType, long document) {
        List<JsonNode> found = vouchers(month, sourceType, document);
        assertThat(found).as(sourceType + " " + document).hasSize(1);
        return lines(found.get(0));
    }

    static List<String> lines(JsonNode voucher) {
        List<String> out = new ArrayList<>();
        voucher.path("lines").forEach(l -> {
            boolean debit = new BigDecimal(l.path("debit").asText()).signum() != 0;
            out.add((debit ? "Dr " : "Cr ") + l.path("account").asText() + " " + (debit ? l.path("debit") : l.path("credit")).asText());
        });
        return out;
    }

    JsonNode trialBalance(String from, String to) {
        JsonNode tb = get("/api/v1/accounting/trial-balance?from=" + from + "&to=" + to);
        assertThat(tb.path("balanced").asBoolean()).as(tb.toString()).isTrue();
        return tb;
    }

    /** The closing balance of a debit account (debit minus credit). */
    BigDecimal closing(String from, String to, String account) {
        JsonNode row = Books.row(trialBalance(from, to), account);
        if (row == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return new BigDecimal(row.path("closingDebit").asText("0")).subtract(new BigDecimal(row.path("closingCredit").asText("0")));
    }

    /** Σ value over all stock balances at {@code date}. */
    BigDecimal stockValue(String date) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (JsonNode row : get("/api/v1/inventory/balances?date=" + date)) {
            total = total.add(new BigDecimal(row.path("value").asText()));
        }
        return total;
    }
}
