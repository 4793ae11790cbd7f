package io.xinling.bootstrap.trade;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.trade.TradeClient.DELIVERIES;
import static io.xinling.bootstrap.trade.TradeClient.RECEIPTS;
import static io.xinling.bootstrap.trade.TradeClient.doc;
import static io.xinling.bootstrap.trade.TradeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Batch- and serial-tracked SKUs bought and sold through trade documents: batches captured, picked FEFO or named. */
class TradeBatchHttpTest {

    private static TestApp app;
    private TradeClient trade;
    private long w1;
    private long customer;
    private long supplier;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void partners() {
        trade = new TradeClient(app, app.newTenant("sales", "purchasing", "warehouse", "admin").key());
        w1 = trade.warehouse();
        customer = trade.partner("customer");
        supplier = trade.partner("supplier");
    }

    private long sku(String base, String tracking) {
        String code = "TB" + System.nanoTime();
        return ok(app.post("/api/v1/products", trade.key(), "{\"code\":\"" + code + "\",\"name\":\"商品\",\"skus\":[{\"code\":\""
                + code + "-1\",\"baseUnit\":\"" + base + "\",\"tracking\":\"" + tracking + "\"}]}"), 201)
                .path("skus").get(0).path("id").asLong();
    }

    private static String line(long sku, String quantity, String unit, String price, String extra) {
        return "{\"skuId\":" + sku + ",\"quantity\":\"" + quantity + "\",\"unit\":\"" + unit + "\",\"price\":\"" + price
                + "\",\"taxRatePercent\":\"13\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    /** Quantity per batch of the SKU in the warehouse at the date. */
    private Map<String, String> batches(String date, long sku) {
        Map<String, String> out = new HashMap<>();
        ok(app.get("/api/v1/inventory/balances?date=" + date + "&warehouseId=" + w1 + "&skuId=" + sku, trade.key()), 200)
                .forEach(r -> out.put(r.path("batch").asText(), r.path("quantity").asText()));
        return out;
    }

    private long receiveTwoBatches(long sku) {
        JsonNode receipt = trade.posted(RECEIPTS, doc(supplier, w1, "2026-02-01", "",
                line(sku, "5", "个", "10.00", "\"batch\":\"L-LATE\",\"expiresOn\":\"2026-12-31\""),
                line(sku, "4", "个", "10.00", "\"batch\":\"L-SOON\",\"producedOn\":\"2026-01-15\",\"expiresOn\":\"2026-06-30\"")));
        assertThat(receipt.path("lines").get(0).path("batch").asText()).isEqualTo("L-LATE");
        assertThat(receipt.path("lines").get(1).path("expiresOn").asText()).isEqualTo("2026-06-30");
        return receipt.path("id").asLong();
    }

    @Test
    void a_return_against_a_line_names_that_line_s_batch_or_is_refused_before_stock_lands_in_another_batch() {
        long b = sku("个", "batch");
        long receipt = receiveTwoBatches(b);
        JsonNode delivery = trade.posted(DELIVERIES, doc(customer, w1, "2026-02-05", "", line(b, "6", "个", "20.00", "")));
        long id = delivery.path("id").asLong();

        // line 1 went out of L-SOON: a unit of it coming back is not a unit of L-LATE
        assertProblem(app.post(TradeClient.RETURNS, trade.key(), doc(customer, w1, "2026-02-06", "\"deliveryId\":" + id,
                line(b, "1", "个", "20.00", "\"deliveryLine\":1,\"batch\":\"L-LATE\""))), 422, "trade.invalid-field");
        assertProblem(app.post(TradeClient.PURCHASE_RETURNS, trade.key(), doc(supplier, w1, "2026-02-06",
                "\"receiptId\":" + receipt, line(b, "1", "个", "10.00", "\"receiptLine\":1,\"batch\":\"L-SOON\""))), 422,
                "trade.invalid-field");

        // a return naming no batch is refused when saved, not only when posted
        JsonNode unnamed = assertProblem(app.post(TradeClient.RETURNS, trade.key(), doc(customer, w1, "2026-02-06",
                "\"deliveryId\":" + id, line(b, "1", "个", "20.00", "\"deliveryLine\":1"))), 422, "trade.invalid-field");
        assertThat(unnamed.path("detail").asText()).startsWith("lines[0].batch:").contains("L-SOON");

        trade.posted(TradeClient.RETURNS, doc(customer, w1, "2026-02-06", "\"deliveryId\":" + id,
                line(b, "1", "个", "20.00", "\"deliveryLine\":1,\"batch\":\"L-SOON\"")));
        assertThat(batches("2026-02-06", b)).containsEntry("L-SOON", "1").containsEntry("L-LATE", "3");
    }

    @Test
    void a_return_against_a_line_brings_back_only_serials_that_line_delivered() {
        long serial = sku("台", "serial");
        long receipt = trade.posted(RECEIPTS, doc(supplier, w1, "2026-02-01", "",
                line(serial, "2", "台", "900.00", "\"serials\":[\"SN-A\",\"SN-B\"]"))).path("id").asLong();
        long other = trade.partner("customer");
        long toCustomer = trade.posted(DELIVERIES, doc(customer, w1, "2026-02-05", "",
                line(serial, "1", "台", "1500.00", "\"serials\":[\"SN-A\"]"))).path("id").asLong();
        trade.posted(DELIVERIES, doc(other, w1, "2026-02-05", "", line(serial, "1", "台", "1500.00", "\"serials\":[\"SN-B\"]")));

        // SN-B went to the other customer: it cannot come back on this customer's delivery
        assertProblem(app.post(TradeClient.RETURNS, trade.key(), doc(customer, w1, "2026-02-06", "\"deliveryId\":" + toCustomer,
                line(serial, "1", "台", "1500.00", "\"deliveryLine\":1,\"serials\":[\"SN-B\"]"))), 422, "trade.invalid-field");
        assertThat(ok(app.get("/api/v1/inventory/serials/SN-B/state", trade.key()), 200).get(0).path("state").asText())
                .isEqualTo("issued");

        trade.posted(TradeClient.RETURNS, doc(customer, w1, "2026-02-06", "\"deliveryId\":" + toCustomer,
                line(serial, "1", "台", "1500.00", "\"deliveryLine\":1,\"serials\":[\"SN-A\"]")));
        assertThat(ok(app.get("/api/v1/inventory/serials/SN-A/state", trade.key()), 200).get(0).path("state").asText())
                .isIn("returned", "in-stock");
        assertProblem(app.post(TradeClient.PURCHASE_RETURNS, trade.key(), doc(supplier, w1, "2026-02-07",
                "\"receiptId\":" + receipt, line(serial, "1", "台", "900.00", "\"receiptLine\":1,\"serials\":[\"SN-X\"]"))),
                422, "trade.invalid-field");
    }

    @Test
    void a_receipt_captures_batches_and_a_delivery_without_a_batch_picks_first_expired_first_out_over_two_batches() {
        long b = sku("个", "batch");
        receiveTwoBatches(b);
        assertThat(batches("2026-02-01", b)).containsEntry("L-LATE", "5").containsEntry("L-SOON", "4");

        JsonNode delivery = trade.posted(DELIVERIES, doc(customer, w1, "2026-02-05", "", line(b, "6", "个", "20.00", "")));

        assertThat(delivery.path("lines")).hasSize(2);
        assertThat(delivery.path("lines").get(0).path("batch").asText()).isEqualTo("L-SOON");
        assertThat(delivery.path("lines").get(0).path("quantity").asText()).isEqualTo("4");
        assertThat(delivery.path("lines").get(1).path("batch").asText()).isEqualTo("L-LATE");
        assertThat(delivery.path("lines").get(1).path("quantity").asText()).isEqualTo("2");
        assertThat(delivery.path("gross").asText()).isEqualTo("135.60");
        assertThat(batches("2026-02-05", b)).containsEntry("L-LATE", "3").doesNotContainKey("L-SOON");
        JsonNode small = trade.posted(DELIVERIES, doc(customer, w1, "2026-02-06", "", line(b, "1", "个", "20.00", "")));
        assertThat(small.path("lines")).hasSize(1);
        assertThat(small.path("lines").get(0).path("batch").asText()).isEqualTo("L-LATE");
    }

    @Test
    void a_delivery_naming_a_batch_takes_that_batch() {
        long b = sku("个", "batch");
        receiveTwoBatches(b);

        JsonNode delivery = trade.posted(DELIVERIES, doc(customer, w1, "2026-02-05", "",
                line(b, "2", "个", "20.00", "\"batch\":\"L-LATE\"")));

        assertThat(delivery.path("lines").get(0).path("batch").asText()).isEqualTo("L-LATE");
        assertThat(batches("2026-02-05", b)).containsEntry("L-LATE", "3").containsEntry("L-SOON", "4");
        assertProblem(trade.create(DELIVERIES, doc(customer, w1, "2026-02-05", "",
                line(b, "1", "个", "20.00", "\"producedOn\":\"2026-13-01\""))), 422, "trade.invalid-field");
    }

    @Test
    void a_delivery_more_than_the_batches_hold_is_422_and_writes_nothing() {
        long b = sku("个", "batch");
        receiveTwoBatches(b);
        long draft = ok(trade.create(DELIVERIES, doc(customer, w1, "2026-02-05", "", line(b, "10", "个", "20.00", ""))), 201)
                .path("id").asLong();

        assertThat(assertProblem(trade.post(DELIVERIES, draft), 422, "trade.invalid-field").path("detail").asText())
                .startsWith("lines[0].quantity");
        assertThat(trade.get(DELIVERIES + "/" + draft).path("status").asText()).isEqualTo("draft");
        assertThat(trade.get(DELIVERIES + "/" + draft).path("lines")).hasSize(1);
        assertThat(batches("2026-02-05", b)).containsEntry("L-LATE", "5").containsEntry("L-SOON", "4");
    }

    @Test
    void serials_are_received_and_delivered_by_name() {
        long s = sku("台", "serial");
        trade.posted(RECEIPTS, doc(supplier, w1, "2026-02-01", "",
                line(s, "2", "台", "900.00", "\"serials\":[\"SN-A\",\"SN-B\"]")));

        JsonNode delivery = trade.posted(DELIVERIES, doc(customer, w1, "2026-02-03", "",
                line(s, "1", "台", "1500.00", "\"serials\":[\"SN-B\"]")));

        assertThat(delivery.path("lines").get(0).path("serials").get(0).asText()).isEqualTo("SN-B");
        JsonNode trace = ok(app.get("/api/v1/inventory/serials/SN-B/trace", trade.key()), 200);
        assertThat(trace).hasSize(2);
        assertProblem(trade.create(DELIVERIES, doc(customer, w1, "2026-02-03", "",
                line(s, "1", "台", "1500.00", "\"serials\":[\"\"]"))), 422, "trade.invalid-field");
    }
}
