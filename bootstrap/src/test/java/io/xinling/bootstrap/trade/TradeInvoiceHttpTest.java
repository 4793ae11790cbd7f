package io.xinling.bootstrap.trade;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.trade.TradeClient.DELIVERIES;
import static io.xinling.bootstrap.trade.TradeClient.RECEIPTS;
import static io.xinling.bootstrap.trade.TradeClient.RETURNS;
import static io.xinling.bootstrap.trade.TradeClient.doc;
import static io.xinling.bootstrap.trade.TradeClient.line;
import static io.xinling.bootstrap.trade.TradeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Invoices against posted deliveries, receipts and returns; the "to invoice" reminder; no cancel while invoiced. */
class TradeInvoiceHttpTest {

    private static TestApp app;
    private TradeClient trade;
    private long w;
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
        w = trade.warehouse();
        a = trade.sku();
        customer = trade.partner("customer");
        supplier = trade.partner("supplier");
    }

    private static List<Long> ids(JsonNode waiting) {
        List<Long> out = new ArrayList<>();
        waiting.path("ids").forEach(i -> out.add(i.asLong()));
        return out;
    }

    private JsonNode invoice(String path, long id, String body, int status) {
        return ok(app.post(path + "/" + id + "/invoices", trade.key(), body), status);
    }

    @Test
    void a_delivery_waits_to_be_invoiced_until_its_invoices_cover_its_gross() {
        long receipt = trade.posted(RECEIPTS, doc(supplier, w, "2026-03-01", "", line(a, "10", "5.00", ""))).path("id").asLong();
        // 3 × 100.00 + 13 % VAT = 339.00
        JsonNode delivery = trade.posted(DELIVERIES, doc(customer, w, "2026-03-02", "", line(a, "3", "100.00", "")));
        long d = delivery.path("id").asLong();
        assertThat(delivery.path("gross").asText()).isEqualTo("339.00");
        assertThat(delivery.path("invoiced").asText()).isEqualTo("0.00");
        assertThat(delivery.path("toInvoice").asText()).isEqualTo("339.00");
        long draft = ok(trade.create(DELIVERIES, doc(customer, w, "2026-03-03", "", line(a, "1", "100.00", ""))), 201)
                .path("id").asLong();

        JsonNode reminders = trade.get("/api/v1/trade/reminders");
        assertThat(ids(reminders.path("toInvoice"))).containsExactly(receipt, d);
        assertThat(reminders.path("toInvoice").path("count").asLong()).isEqualTo(2);

        JsonNode first = invoice(DELIVERIES, d, "{\"number\":\"04400001\",\"date\":\"2026-03-05\",\"amount\":\"200.00\"}", 201);
        assertThat(first.path("amount").asText()).isEqualTo("200.00");
        assertThat(first.path("number").asText()).isEqualTo("04400001");
        assertThat(first.path("voided").asBoolean()).isFalse();
        assertThat(trade.get(DELIVERIES + "/" + d).path("toInvoice").asText()).isEqualTo("139.00");
        assertThat(ids(trade.get("/api/v1/trade/reminders").path("toInvoice"))).as("partly invoiced still waits").contains(d);

        assertProblem(app.post(DELIVERIES + "/" + d + "/invoices", trade.key(),
                "{\"number\":\"04400002\",\"date\":\"2026-03-05\",\"amount\":\"139.01\"}"), 422, "trade.invoice-exceeds-document");
        assertProblem(app.post(DELIVERIES + "/" + d + "/invoices", trade.key(),
                "{\"number\":\"04400001\",\"date\":\"2026-03-05\"}"), 409, "trade.invoice-number-conflict");
        assertProblem(app.post(DELIVERIES + "/" + d + "/invoices", trade.key(),
                "{\"number\":\"04400002\",\"date\":\"2026-03-05\",\"amount\":\"1.001\"}"), 422, "kernel.too-many-decimals");
        assertProblem(app.post(DELIVERIES + "/" + d + "/invoices", trade.key(),
                "{\"number\":\"04400002\",\"date\":\"2026-03-05\",\"amount\":\"0\"}"), 422, "trade.invalid-field");
        assertProblem(app.post(DELIVERIES + "/" + d + "/invoices", trade.key(), "{\"date\":\"2026-03-05\"}"), 422,
                "trade.invalid-field");
        assertProblem(app.post(DELIVERIES + "/" + d + "/invoices", trade.key(), "{\"number\":\"X\",\"date\":\"March\"}"), 422,
                "trade.invalid-field");
        assertProblem(app.post(DELIVERIES + "/" + draft + "/invoices", trade.key(),
                "{\"number\":\"04400009\",\"date\":\"2026-03-05\"}"), 409, "trade.illegal-status");
        assertProblem(app.post(RECEIPTS + "/" + d + "/invoices", trade.key(),
                "{\"number\":\"04400009\",\"date\":\"2026-03-05\"}"), 404, "trade.purchase-receipt-not-found");
        assertThat(trade.get(DELIVERIES + "/" + d).path("invoiced").asText()).as("refusals wrote nothing").isEqualTo("200.00");

        JsonNode rest = invoice(DELIVERIES, d, "{\"number\":\"04400002\",\"date\":\"2026-03-06\"}", 201);
        assertThat(rest.path("amount").asText()).as("without an amount: what is left").isEqualTo("139.00");
        assertThat(trade.get(DELIVERIES + "/" + d).path("toInvoice").asText()).isEqualTo("0.00");
        assertThat(ids(trade.get("/api/v1/trade/reminders").path("toInvoice"))).containsExactly(receipt);
        assertProblem(app.post(DELIVERIES + "/" + d + "/invoices", trade.key(),
                "{\"number\":\"04400003\",\"date\":\"2026-03-06\"}"), 409, "trade.invoiced-in-full-conflict");

        JsonNode listed = ok(app.get(DELIVERIES + "/" + d + "/invoices", trade.key()), 200);
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.get(1).path("number").asText()).isEqualTo("04400002");

        // The same number from the supplier side is another invoice (another direction and partner).
        assertThat(invoice(RECEIPTS, receipt, "{\"number\":\"04400001\",\"date\":\"2026-03-01\"}", 201).path("amount").asText())
                .isEqualTo("56.50");
        assertThat(trade.get("/api/v1/trade/reminders").path("toInvoice").path("count").asLong()).isZero();
    }

    @Test
    void an_invoiced_document_is_cancelled_only_once_its_invoices_are_voided() {
        trade.posted(RECEIPTS, doc(supplier, w, "2026-03-01", "", line(a, "10", "5.00", "")));
        JsonNode delivery = trade.posted(DELIVERIES, doc(customer, w, "2026-03-02", "", line(a, "2", "50.00", "")));
        long d = delivery.path("id").asLong();
        long invoice = invoice(DELIVERIES, d, "{\"number\":\"INV-1\",\"date\":\"2026-03-02\"}", 201).path("id").asLong();

        assertProblem(trade.cancel(DELIVERIES, d), 409, "trade.invoiced-conflict");
        assertThat(trade.get(DELIVERIES + "/" + d).path("status").asText()).isEqualTo("posted");
        assertThat(trade.balance("2026-03-02", w, a).path("quantity").asText()).isEqualTo("8");

        JsonNode voided = ok(app.post(DELIVERIES + "/" + d + "/invoices/" + invoice + "/void", trade.key(), "{}"), 200);
        assertThat(voided.path("voided").asBoolean()).isTrue();
        assertProblem(app.post(DELIVERIES + "/" + d + "/invoices/" + invoice + "/void", trade.key(), "{}"), 409,
                "trade.invoice-voided-conflict");
        assertProblem(app.post(DELIVERIES + "/" + d + "/invoices/999999/void", trade.key(), "{}"), 404,
                "trade.invoice-not-found");
        assertThat(trade.get(DELIVERIES + "/" + d).path("invoiced").asText()).isEqualTo("0.00");
        assertThat(invoice(DELIVERIES, d, "{\"number\":\"INV-1\",\"date\":\"2026-03-03\",\"amount\":\"1.00\"}", 201)
                .path("number").asText()).as("a voided invoice frees its number").isEqualTo("INV-1");
        long second = ok(app.get(DELIVERIES + "/" + d + "/invoices", trade.key()), 200).get(1).path("id").asLong();
        ok(app.post(DELIVERIES + "/" + d + "/invoices/" + second + "/void", trade.key(), "{}"), 200);

        assertThat(ok(trade.cancel(DELIVERIES, d), 200).path("status").asText()).isEqualTo("cancelled");
        assertThat(trade.balance("2026-03-02", w, a).path("quantity").asText()).isEqualTo("10");
        assertThat(ids(trade.get("/api/v1/trade/reminders").path("toInvoice"))).as("a cancelled delivery waits for nothing")
                .doesNotContain(d);
    }

    @Test
    void a_sales_return_takes_a_red_invoice_and_other_tenants_see_no_invoices() {
        trade.posted(RECEIPTS, doc(supplier, w, "2026-03-01", "", line(a, "10", "5.00", "")));
        long d = trade.posted(DELIVERIES, doc(customer, w, "2026-03-02", "", line(a, "2", "50.00", ""))).path("id").asLong();
        long r = trade.posted(RETURNS, doc(customer, w, "2026-03-04", "\"deliveryId\":" + d,
                line(a, "1", "50.00", "\"deliveryLine\":1"))).path("id").asLong();
        assertThat(invoice(RETURNS, r, "{\"number\":\"RED-1\",\"date\":\"2026-03-04\"}", 201).path("amount").asText())
                .isEqualTo("56.50");

        String other = app.newTenant("sales", "admin").key();
        assertProblem(app.get(RETURNS + "/" + r + "/invoices", other), 404, "trade.sales-return-not-found");
        assertProblem(app.post(RETURNS + "/" + r + "/invoices", other, "{\"number\":\"X\",\"date\":\"2026-03-04\"}"), 404,
                "trade.sales-return-not-found");
        assertProblem(app.post(RETURNS + "/" + r + "/invoices", app.newTenant("purchasing").key(),
                "{\"number\":\"X\",\"date\":\"2026-03-04\"}"), 403, "forbidden");
    }
}
