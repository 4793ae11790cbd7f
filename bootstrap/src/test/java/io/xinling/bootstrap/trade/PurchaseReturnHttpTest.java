package io.xinling.bootstrap.trade;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.trade.TradeClient.DELIVERIES;
import static io.xinling.bootstrap.trade.TradeClient.PURCHASE_RETURNS;
import static io.xinling.bootstrap.trade.TradeClient.RECEIPTS;
import static io.xinling.bootstrap.trade.TradeClient.doc;
import static io.xinling.bootstrap.trade.TradeClient.line;
import static io.xinling.bootstrap.trade.TradeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Purchase returns (采购退货) over HTTP: referenced to a receipt line, costed per spec 2.7, the supplier's debit note. */
class PurchaseReturnHttpTest {

    private static TestApp app;
    private String key;
    private TradeClient trade;
    private long w1;
    private long a;
    private long supplier;
    private long receipt;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Receipt R1 of 10 @ 5.00, receipt R2 of 10 @ 7.00: Q = 20, V = 120.00. */
    @BeforeEach
    void receipts() {
        key = app.newTenant("sales", "purchasing", "warehouse", "admin").key();
        trade = new TradeClient(app, key);
        w1 = trade.warehouse();
        a = trade.sku();
        supplier = trade.partner("supplier");
        receipt = trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-01", "", line(a, "10", "5.00", ""))).path("id").asLong();
        trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-02", "", line(a, "10", "7.00", "")));
    }

    private String returnOf(long partner, long source, String quantity, String price) {
        return doc(partner, w1, "2026-01-05", "\"receiptId\":" + source, line(a, quantity, price, "\"receiptLine\":1"));
    }

    @Test
    void a_referenced_return_goes_out_at_the_credited_amount_with_the_suppliers_debit_note() {
        JsonNode returned = trade.posted(PURCHASE_RETURNS, returnOf(supplier, receipt, "4", "5.00"));

        assertThat(returned.path("kind").asText()).isEqualTo("purchase-return");
        assertThat(returned.path("receiptId").asLong()).isEqualTo(receipt);
        assertThat(returned.path("lines").get(0).path("receiptLine").asInt()).isEqualTo(1);
        assertThat(returned.path("lines").get(0).path("cost").asText()).isEqualTo("20.00");
        assertThat(returned.path("gross").asText()).isEqualTo("22.60");
        JsonNode balance = trade.balance("2026-01-05", w1, a);
        assertThat(balance.path("quantity").asText()).isEqualTo("16");
        assertThat(balance.path("value").asText()).isEqualTo("100.00");
        JsonNode item = trade.get("/api/v1/settlement/open-items/" + returned.path("openItemId").asLong());
        item = item.has("item") ? item.path("item") : item;
        assertThat(item.path("ledger").asText()).isEqualTo("payable");
        assertThat(item.path("side").asText()).isEqualTo("credit");
        assertThat(item.path("amount").asText()).isEqualTo("22.60");
        assertThat(item.path("sourceType").asText()).isEqualTo("purchase-return");
    }

    @Test
    void the_I27_clamp_takes_out_no_more_than_the_value_held() {
        String key2 = app.newTenant("sales", "purchasing", "warehouse", "admin").key();
        TradeClient t = new TradeClient(app, key2);
        long w = t.warehouse();
        long sku = t.sku();
        long s = t.partner("supplier");
        long c = t.partner("customer");
        long r1 = t.posted(RECEIPTS, doc(s, w, "2026-01-01", "", line(sku, "10", "5.00", ""))).path("id").asLong();
        t.posted(DELIVERIES, doc(c, w, "2026-01-02", "", line(sku, "9", "9.00", "")));
        t.posted(RECEIPTS, doc(s, w, "2026-01-03", "", line(sku, "10", "1.00", "")));
        assertThat(t.balance("2026-01-03", w, sku).path("value").asText()).isEqualTo("15.00");

        String body = doc(s, w, "2026-01-04", "\"receiptId\":" + r1, line(sku, "2", "5.00", "\"receiptLine\":1"));
        assertThat(t.posted(PURCHASE_RETURNS, body).path("lines").get(0).path("cost").asText()).isEqualTo("10.00");
        body = doc(s, w, "2026-01-04", "\"receiptId\":" + r1, line(sku, "8", "5.00", "\"receiptLine\":1"));
        JsonNode clamped = t.posted(PURCHASE_RETURNS, body);

        assertThat(clamped.path("net").asText()).isEqualTo("40.00");
        assertThat(clamped.path("lines").get(0).path("cost").asText()).isEqualTo("5.00");
        JsonNode balance = t.balance("2026-01-04", w, sku);
        assertThat(balance.path("quantity").asText()).isEqualTo("1");
        assertThat(balance.path("value").asText()).isEqualTo("0.00");
    }

    @Test
    void returning_more_than_received_less_returned_is_422_when_saved_and_when_posted() {
        assertProblem(trade.create(PURCHASE_RETURNS, returnOf(supplier, receipt, "11", "5.00")), 422,
                "trade.return-exceeds-source");
        long first = ok(trade.create(PURCHASE_RETURNS, returnOf(supplier, receipt, "6", "5.00")), 201).path("id").asLong();
        long second = ok(trade.create(PURCHASE_RETURNS, returnOf(supplier, receipt, "6", "5.00")), 201).path("id").asLong();
        ok(trade.post(PURCHASE_RETURNS, first), 200);
        int items = trade.openItems(supplier).size();
        int movements = trade.movements(a).size();

        assertProblem(trade.post(PURCHASE_RETURNS, second), 422, "trade.return-exceeds-source");

        assertThat(trade.openItems(supplier)).hasSize(items);
        assertThat(trade.movements(a)).hasSize(movements);
        assertThat(trade.get(PURCHASE_RETURNS + "/" + second).path("status").asText()).isEqualTo("draft");
    }

    @Test
    void another_suppliers_receipt_a_receipt_line_of_another_sku_or_unit_are_422() {
        long other = trade.partner("supplier");
        assertProblem(trade.create(PURCHASE_RETURNS, returnOf(other, receipt, "1", "5.00")), 422,
                "trade.return-partner-mismatch");
        long b = trade.sku();
        assertProblem(trade.create(PURCHASE_RETURNS, doc(supplier, w1, "2026-01-05", "\"receiptId\":" + receipt,
                line(b, "1", "5.00", "\"receiptLine\":1"))), 422, "trade.invalid-field");
        assertProblem(trade.create(PURCHASE_RETURNS, returnOf(supplier, 999_999_999L, "1", "5.00")), 422,
                "trade.invalid-field");
        assertProblem(trade.create(PURCHASE_RETURNS, doc(supplier, w1, "2026-01-05", "\"deliveryId\":" + receipt,
                line(a, "1", "5.00", "\"receiptLine\":1"))), 422, "validation-failed");
    }

    @Test
    void without_a_receipt_only_where_the_tenant_allows_it() {
        String unreferenced = doc(supplier, w1, "2026-01-05", "", line(a, "2", "6.00", ""));
        assertProblem(trade.create(PURCHASE_RETURNS, unreferenced), 422, "trade.unreferenced-return-not-allowed");
        assertThat(trade.get("/api/v1/trade/settings").path("allowUnreferencedPurchaseReturns").asBoolean()).isFalse();

        assertThat(ok(app.send(app.request("/api/v1/trade/settings", key).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"allowUnreferencedPurchaseReturns\":true}"))
                .build()), 200).path("allowUnreferencedPurchaseReturns").asBoolean()).isTrue();
        // one setting, seen from both sides
        assertThat(trade.get("/api/v1/inventory/settings").path("allowUnreferencedPurchaseReturn").asBoolean()).isTrue();
        JsonNode returned = trade.posted(PURCHASE_RETURNS, unreferenced);

        assertThat(returned.path("receiptId").isNull() || returned.path("receiptId").isMissingNode()).isTrue();
        assertThat(returned.path("lines").get(0).path("cost").asText()).isEqualTo("12.00");
        assertThat(trade.balance("2026-01-05", w1, a).path("value").asText()).isEqualTo("108.00");
    }

    @Test
    void the_inventory_and_the_trade_settings_routes_read_and_write_one_purchase_return_setting() {
        String unreferenced = doc(supplier, w1, "2026-01-05", "", line(a, "2", "6.00", ""));
        ok(app.put("/api/v1/trade/settings", key, "{\"allowUnreferencedPurchaseReturns\":true}"), 200);
        ok(app.put("/api/v1/inventory/settings", key, "{\"allowUnreferencedPurchaseReturn\":false}"), 200);

        assertThat(trade.get("/api/v1/trade/settings").path("allowUnreferencedPurchaseReturns").asBoolean()).isFalse();
        assertThat(trade.get("/api/v1/inventory/settings").path("allowUnreferencedPurchaseReturn").asBoolean()).isFalse();
        assertProblem(trade.create(PURCHASE_RETURNS, unreferenced), 422, "trade.unreferenced-return-not-allowed");

        JsonNode both = ok(app.put("/api/v1/trade/settings", key, "{\"allowUnreferencedSalesReturns\":false}"), 200);
        assertThat(both.path("allowUnreferencedPurchaseReturns").asBoolean()).isFalse();
        assertThat(both.path("allowUnreferencedSalesReturns").asBoolean()).isFalse();
        ok(app.put("/api/v1/inventory/settings", key, "{\"allowUnreferencedPurchaseReturn\":true}"), 200);
        assertThat(trade.get("/api/v1/trade/settings").path("allowUnreferencedPurchaseReturns").asBoolean()).isTrue();
        assertThat(trade.posted(PURCHASE_RETURNS, unreferenced).path("lines").get(0).path("cost").asText()).isEqualTo("12.00");
    }
}
