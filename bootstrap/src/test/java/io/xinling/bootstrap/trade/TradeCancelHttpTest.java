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
import static io.xinling.bootstrap.trade.TradeClient.RETURNS;
import static io.xinling.bootstrap.trade.TradeClient.SALES_ORDERS;
import static io.xinling.bootstrap.trade.TradeClient.doc;
import static io.xinling.bootstrap.trade.TradeClient.line;
import static io.xinling.bootstrap.trade.TradeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Cancelling posted trade documents: stock, open item and order fulfilment reversed together, or not at all. */
class TradeCancelHttpTest {

    private static TestApp app;
    private TradeClient trade;
    private long w1;
    private long a;
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
    void stock() {
        trade = new TradeClient(app, app.newTenant("sales", "purchasing", "warehouse", "admin").key());
        w1 = trade.warehouse();
        a = trade.sku();
        customer = trade.partner("customer");
        supplier = trade.partner("supplier");
        trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-01", "", line(a, "10", "5.00", "")));
    }

    private static String sum(JsonNode items, String field) {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (JsonNode i : items) {
            java.math.BigDecimal v = new java.math.BigDecimal(i.path(field).asText());
            total = total.add("debit".equals(i.path("side").asText()) ? v : v.negate());
        }
        return total.toPlainString();
    }

    @Test
    void a_cancelled_delivery_restores_the_stock_takes_the_receivable_off_and_reopens_the_order() {
        long order = ok(trade.create(SALES_ORDERS, doc(customer, w1, "2026-01-02", "", line(a, "6", "9.00", ""))), 201)
                .path("id").asLong();
        ok(trade.action(SALES_ORDERS, order, "approve"), 200);
        JsonNode delivery = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-03", "\"orderId\":" + order,
                line(a, "6", "9.00", "\"orderLine\":1")));
        assertThat(trade.get(SALES_ORDERS + "/" + order).path("status").asText()).isEqualTo("completed");
        assertThat(trade.balance("2026-01-03", w1, a).path("quantity").asText()).isEqualTo("4");

        JsonNode cancelled = ok(trade.cancel(DELIVERIES, delivery.path("id").asLong()), 200);

        assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
        JsonNode balance = trade.balance("2026-01-03", w1, a);
        assertThat(balance.path("quantity").asText()).isEqualTo("10");
        assertThat(balance.path("value").asText()).isEqualTo("50.00");
        JsonNode items = trade.openItems(customer);
        assertThat(items).hasSize(2);
        assertThat(sum(items, "amount")).isEqualTo("0.00");
        assertThat(sum(items, "open")).isEqualTo("0.00");
        JsonNode order2 = trade.get(SALES_ORDERS + "/" + order);
        assertThat(order2.path("status").asText()).isEqualTo("approved");
        assertThat(order2.path("lines").get(0).path("fulfilled").asText()).isEqualTo("0");
        assertProblem(trade.cancel(DELIVERIES, delivery.path("id").asLong()), 409, "trade.illegal-status");
        assertProblem(trade.post(DELIVERIES, delivery.path("id").asLong()), 409, "trade.illegal-status");
    }

    @Test
    void a_cancelled_past_dated_delivery_or_receipt_is_taken_off_the_account_on_its_own_date_like_its_voucher() {
        JsonNode delivery = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-03", "", line(a, "2", "100.00", "")));
        JsonNode receipt = trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-04", "", line(a, "1", "10.00", "")));

        ok(trade.cancel(DELIVERIES, delivery.path("id").asLong()), 200);
        ok(trade.cancel(RECEIPTS, receipt.path("id").asLong()), 200);

        for (JsonNode item : trade.openItems(customer)) {
            assertThat(item.path("date").asText()).as(item.toString()).isEqualTo("2026-01-03");
        }
        for (JsonNode item : trade.openItems(supplier)) {
            if (item.path("sourceType").asText().endsWith("-cancel")) {
                assertThat(item.path("date").asText()).as(item.toString()).isEqualTo("2026-01-04");
            }
        }
        JsonNode receivables = trade.get("/api/v1/settlement/ageing?ledger=receivable&date=2026-01-10&partnerId=" + customer);
        assertThat(receivables.path("rows").findValuesAsText("net")).allMatch(net -> net.equals("0.00"));
        JsonNode payables = trade.get("/api/v1/settlement/ageing?ledger=payable&date=2026-01-10&partnerId=" + supplier);
        assertThat(payables.path("rows").findValuesAsText("net")).containsOnly("56.50");
    }

    @Test
    void a_delivery_with_a_posted_return_is_409_until_the_return_is_cancelled() {
        long delivery = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-03", "", line(a, "4", "9.00", "")))
                .path("id").asLong();
        long returned = trade.posted(RETURNS, doc(customer, w1, "2026-01-04", "\"deliveryId\":" + delivery,
                line(a, "1", "9.00", "\"deliveryLine\":1"))).path("id").asLong();

        assertProblem(trade.cancel(DELIVERIES, delivery), 409, "trade.returned-conflict");
        assertThat(trade.balance("2026-01-04", w1, a).path("quantity").asText()).isEqualTo("7");

        ok(trade.cancel(RETURNS, returned), 200);
        assertThat(trade.balance("2026-01-04", w1, a).path("quantity").asText()).isEqualTo("6");
        ok(trade.cancel(DELIVERIES, delivery), 200);
        assertThat(trade.balance("2026-01-04", w1, a).path("quantity").asText()).isEqualTo("10");
        assertThat(sum(trade.openItems(customer), "open")).isEqualTo("0.00");
    }

    @Test
    void a_delivery_whose_receivable_is_partly_written_off_is_409_and_nothing_changes() {
        JsonNode delivery = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-03", "", line(a, "4", "10.00", "")));
        long item = delivery.path("openItemId").asLong();
        ok(app.post("/api/v1/settlement/receipts", trade.key(), """
                {"partnerId":%d,"kind":"receipt","method":"bank","date":"2026-01-05","amount":"10.00",
                 "allocations":[{"itemId":%d,"amount":"10.00"}]}""".formatted(customer, item)), 201);
        int items = trade.openItems(customer).size();

        assertProblem(trade.cancel(DELIVERIES, delivery.path("id").asLong()), 409, "settlement.already-written-off");

        assertThat(trade.get(DELIVERIES + "/" + delivery.path("id").asLong()).path("status").asText()).isEqualTo("posted");
        assertThat(trade.openItems(customer)).hasSize(items);
        assertThat(trade.balance("2026-01-03", w1, a).path("quantity").asText()).isEqualTo("6");
    }

    @Test
    void receipts_and_purchase_returns_cancel_too_and_a_draft_cancels_as_it_is() {
        long receipt = trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-02", "", line(a, "10", "7.00", "")))
                .path("id").asLong();
        long returned = trade.posted(PURCHASE_RETURNS, doc(supplier, w1, "2026-01-03", "\"receiptId\":" + receipt,
                line(a, "2", "7.00", "\"receiptLine\":1"))).path("id").asLong();
        assertThat(trade.balance("2026-01-03", w1, a).path("value").asText()).isEqualTo("106.00");
        assertProblem(trade.cancel(RECEIPTS, receipt), 409, "trade.returned-conflict");

        ok(trade.cancel(PURCHASE_RETURNS, returned), 200);
        ok(trade.cancel(RECEIPTS, receipt), 200);

        JsonNode balance = trade.balance("2026-01-03", w1, a);
        assertThat(balance.path("quantity").asText()).isEqualTo("10");
        assertThat(balance.path("value").asText()).isEqualTo("50.00");
        assertThat(sum(trade.openItems(supplier), "open")).isEqualTo("56.50");
        long draft = ok(trade.create(DELIVERIES, doc(customer, w1, "2026-01-03", "", line(a, "1", "9.00", ""))), 201)
                .path("id").asLong();
        assertThat(ok(trade.cancel(DELIVERIES, draft), 200).path("status").asText()).isEqualTo("cancelled");
        assertThat(trade.openItems(customer)).isEmpty();
    }

    @Test
    void a_receipt_whose_stock_was_sold_is_refused_by_the_stock_ledger_and_its_payable_stays_open() {
        long b = trade.sku();
        JsonNode receipt = trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-02", "", line(b, "10", "5.00", "")));
        trade.posted(DELIVERIES, doc(customer, w1, "2026-01-03", "", line(b, "8", "9.00", "")));
        int items = trade.openItems(supplier).size();

        var refused = trade.cancel(RECEIPTS, receipt.path("id").asLong());

        assertThat(refused.statusCode()).as(refused.body()).isIn(409, 422);
        assertThat(refused.body()).contains("inventory.");
        assertThat(trade.get(RECEIPTS + "/" + receipt.path("id").asLong()).path("status").asText()).isEqualTo("posted");
        assertThat(trade.openItems(supplier)).hasSize(items);
        assertThat(sum(trade.openItems(supplier), "open")).isEqualTo("113.00");
        assertThat(trade.balance("2026-01-03", w1, b).path("quantity").asText()).isEqualTo("2");
    }

    @Test
    void a_return_in_another_currency_than_its_document_is_422() {
        long receipt = trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-02",
                "\"currency\":\"USD\",\"exchangeRate\":\"7.1\"", line(a, "10", "1.00", ""))).path("id").asLong();
        assertThat(assertProblem(trade.create(PURCHASE_RETURNS, doc(supplier, w1, "2026-01-03", "\"receiptId\":" + receipt,
                line(a, "1", "1.00", "\"receiptLine\":1"))), 422, "trade.invalid-field").path("detail").asText())
                .startsWith("currency");
        JsonNode returned = trade.posted(PURCHASE_RETURNS, doc(supplier, w1, "2026-01-03",
                "\"receiptId\":" + receipt + ",\"currency\":\"USD\",\"exchangeRate\":\"7.2\"",
                line(a, "1", "1.00", "\"receiptLine\":1")));
        assertThat(returned.path("gross").asText()).isEqualTo("1.13");
        assertThat(returned.path("bookGross").asText()).isEqualTo("8.14");
        JsonNode item = trade.get("/api/v1/settlement/open-items/" + returned.path("openItemId").asLong());
        item = item.has("item") ? item.path("item") : item;
        assertThat(item.path("currency").asText()).isEqualTo("USD");
        assertThat(item.path("bookAmount").asText()).isEqualTo("8.14");
    }

    @Test
    void a_cancel_racing_a_return_of_the_same_delivery_lets_exactly_one_win() {
        long delivery = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-03", "", line(a, "4", "9.00", "")))
                .path("id").asLong();
        long returned = ok(trade.create(RETURNS, doc(customer, w1, "2026-01-04", "\"deliveryId\":" + delivery,
                line(a, "1", "9.00", "\"deliveryLine\":1"))), 201).path("id").asLong();

        var cancel = java.util.concurrent.CompletableFuture.supplyAsync(() -> trade.cancel(DELIVERIES, delivery));
        var post = java.util.concurrent.CompletableFuture.supplyAsync(() -> trade.post(RETURNS, returned));
        int cancelled = cancel.join().statusCode();
        int posted = post.join().statusCode();

        assertThat(java.util.List.of(cancelled, posted)).as(cancel.join().body() + " / " + post.join().body())
                .containsExactlyInAnyOrder(200, cancelled == 200 ? 422 : 409);
        String quantity = trade.balance("2026-01-04", w1, a).path("quantity").asText();
        assertThat(quantity).isEqualTo(cancelled == 200 ? "10" : "7");
        assertThat(sum(trade.openItems(customer), "open")).isEqualTo(cancelled == 200 ? "0.00" : "30.51");
    }
}
