package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import static io.xinling.bootstrap.accounting.StockBooks.ok;

/** {@link StockBooks} with partners, purchase and sales documents, receipts and write-offs over HTTP. */
final class TradeBooks {

    static final String DELIVERIES = "/api/v1/sales/deliveries";
    static final String RECEIPTS = "/api/v1/purchases/receipts";
    static final String RETURNS = "/api/v1/sales/returns";
    private static final AtomicInteger CODES = new AtomicInteger();

    final StockBooks books;
    final TestApp app;
    final String key;

    TradeBooks(TestApp app) {
        this.app = app;
        this.books = new StockBooks(app, "warehouse", "accountant", "admin", "purchasing", "sales", "cashier");
        this.key = books.key;
    }

    long partner(String role) {
        String code = "TB" + CODES.incrementAndGet() + "-" + System.nanoTime();
        return ok(app.post("/api/v1/partners", key, "{\"code\":\"" + code + "\",\"name\":\"Partner " + code
                + "\",\"roles\":[\"" + role + "\"]" + ("customer".equals(role) ? ",\"creditLimit\":\"1000000.00\"" : "")
                + "}"), 201).path("id").asLong();
    }

    /** Creates and posts a purchase or sales document of one line at 13 % VAT, tax-exclusive. */
    JsonNode document(String path, long partner, long warehouse, String date, long sku, String qty, String price,
                      String extra, String lineExtra) {
        String body = "{\"partnerId\":" + partner + ",\"warehouseId\":" + warehouse + ",\"date\":\"" + date + "\""
                + (extra.isEmpty() ? "" : "," + extra) + ",\"lines\":[{\"skuId\":" + sku + ",\"quantity\":\"" + qty
                + "\",\"unit\":\"个\",\"price\":\"" + price + "\",\"taxRatePercent\":\"13\""
                + (lineExtra.isEmpty() ? "" : "," + lineExtra) + "}]}";
        long id = ok(app.post(path, key, body), 201).path("id").asLong();
        return ok(app.post(path + "/" + id + "/post", key, "{}"), 200);
    }

    JsonNode receipt(long partner, String kind, String method, String date, String amount, String allocations) {
        return ok(app.post("/api/v1/settlement/receipts", key, """
                {"partnerId":%d,"kind":"%s","method":"%s","date":"%s","amount":"%s","allocations":[%s]}"""
                .formatted(partner, kind, method, date, amount, allocations)), 201);
    }

    static String allocation(long item, String amount) {
        return "{\"itemId\":" + item + ",\"amount\":\"" + amount + "\"}";
    }

    /** The closing balance (debit − credit) of an account, optionally filtered by a dimension ({@code customer=7}). */
    BigDecimal closing(String from, String to, String account, String filter) {
        JsonNode tb = ok(app.get("/api/v1/accounting/trial-balance?from=" + from + "&to=" + to
                + (filter.isEmpty() ? "" : "&" + filter), key), 200);
        JsonNode row = Books.row(tb, account);
        if (row == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return new BigDecimal(row.path("closingDebit").asText("0")).subtract(new BigDecimal(row.path("closingCredit").asText("0")));
    }
}
