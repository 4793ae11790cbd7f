package io.xinling.bootstrap.trade;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.trade.TradeClient.DELIVERIES;
import static io.xinling.bootstrap.trade.TradeClient.PURCHASE_ORDERS;
import static io.xinling.bootstrap.trade.TradeClient.RECEIPTS;
import static io.xinling.bootstrap.trade.TradeClient.SALES_ORDERS;
import static io.xinling.bootstrap.trade.TradeClient.doc;
import static io.xinling.bootstrap.trade.TradeClient.line;
import static io.xinling.bootstrap.trade.TradeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Sales and purchase orders over HTTP: the status machine, partial fulfilment, the credit hold. */
class SalesOrderHttpTest {

    private static TestApp app;
    private TradeClient trade;
    private long w1;
    private long a;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void tenant() {
        trade = new TradeClient(app, app.newTenant("sales", "purchasing", "warehouse", "admin").key());
        w1 = trade.warehouse();
        a = trade.sku();
        trade.stock(w1, a, "2026-01-01", "100", "1000.00");
    }

    private long approvedOrder(long customer, String quantity) {
        long id = ok(trade.create(SALES_ORDERS, doc(customer, w1, "2026-01-02", "", line(a, quantity, "20.00", ""))), 201)
                .path("id").asLong();
        assertThat(ok(trade.action(SALES_ORDERS, id, "approve"), 200).path("status").asText()).isEqualTo("approved");
        return id;
    }

    private String against(long customer, long order, String quantity) {
        return doc(customer, w1, "2026-01-03", "\"orderId\":" + order, line(a, quantity, "20.00", "\"orderLine\":1"));
    }

    @Test
    void partial_deliveries_then_completed_and_illegal_transitions_are_409_naming_the_status() {
        long customer = trade.partner("customer");
        long order = approvedOrder(customer, "10");

        trade.posted(DELIVERIES, against(customer, order, "4"));
        JsonNode partly = trade.get(SALES_ORDERS + "/" + order);
        assertThat(partly.path("status").asText()).isEqualTo("partially-delivered");
        assertThat(partly.path("lines").get(0).path("fulfilled").asText()).isEqualTo("4");
        assertProblem(trade.create(DELIVERIES, against(customer, order, "7")), 422, "trade.exceeds-order");
        assertThat(assertProblem(trade.action(SALES_ORDERS, order, "cancel"), 409, "trade.illegal-status")
                .path("detail").asText()).contains("partially-delivered");

        trade.posted(DELIVERIES, against(customer, order, "6"));
        assertThat(trade.get(SALES_ORDERS + "/" + order).path("status").asText()).isEqualTo("completed");
        assertThat(assertProblem(trade.action(SALES_ORDERS, order, "approve"), 409, "trade.illegal-status")
                .path("detail").asText()).contains("completed");
        assertThat(trade.openItems(customer)).hasSize(2);
    }

    @Test
    void delivering_more_than_is_left_at_posting_is_422_and_writes_nothing() {
        long customer = trade.partner("customer");
        long order = approvedOrder(customer, "6");
        long first = ok(trade.create(DELIVERIES, against(customer, order, "4")), 201).path("id").asLong();
        long second = ok(trade.create(DELIVERIES, against(customer, order, "4")), 201).path("id").asLong();
        ok(trade.post(DELIVERIES, first), 200);
        int movements = trade.movements(a).size();

        assertProblem(trade.post(DELIVERIES, second), 422, "trade.exceeds-order");

        assertThat(trade.movements(a)).hasSize(movements);
        assertThat(trade.openItems(customer)).hasSize(1);
        JsonNode still = trade.get(SALES_ORDERS + "/" + order);
        assertThat(still.path("lines").get(0).path("fulfilled").asText()).isEqualTo("4");
        assertThat(still.path("status").asText()).isEqualTo("partially-delivered");
    }

    @Test
    void over_the_credit_limit_the_order_is_held_until_an_admin_releases_it() {
        long customer = trade.partner("customer", "100.00");
        long order = ok(trade.create(SALES_ORDERS, doc(customer, w1, "2026-01-02", "", line(a, "10", "20.00", ""))), 201)
                .path("id").asLong();
        assertThat(ok(trade.action(SALES_ORDERS, order, "approve"), 200).path("status").asText()).isEqualTo("held");
        assertProblem(trade.create(DELIVERIES, against(customer, order, "1")), 409, "trade.illegal-status");
        assertThat(ok(trade.action(SALES_ORDERS, order, "release"), 200).path("status").asText()).isEqualTo("approved");
        assertThat(ok(trade.action(SALES_ORDERS, order, "cancel"), 200).path("status").asText()).isEqualTo("cancelled");
        assertProblem(trade.action(SALES_ORDERS, order, "release"), 409, "trade.illegal-status");
    }

    @Test
    void purchase_orders_are_received_in_parts() {
        long supplier = trade.partner("supplier");
        long order = ok(trade.create(PURCHASE_ORDERS, doc(supplier, w1, "2026-01-02", "", line(a, "5", "10.00", ""))), 201)
                .path("id").asLong();
        assertThat(ok(trade.action(PURCHASE_ORDERS, order, "approve"), 200).path("status").asText()).isEqualTo("approved");
        String receipt = "\"orderId\":" + order;
        trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-03", receipt, line(a, "3", "10.00", "\"orderLine\":1")));
        assertThat(trade.get(PURCHASE_ORDERS + "/" + order).path("status").asText()).isEqualTo("partially-received");
        trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-04", receipt, line(a, "2", "10.00", "\"orderLine\":1")));
        assertThat(trade.get(PURCHASE_ORDERS + "/" + order).path("status").asText()).isEqualTo("completed");
    }

    @Test
    void a_receipt_or_delivery_dated_before_its_order_is_422_and_writes_nothing() {
        long supplier = trade.partner("supplier");
        long order = ok(trade.create(PURCHASE_ORDERS, doc(supplier, w1, "2026-01-05", "", line(a, "5", "10.00", ""))), 201)
                .path("id").asLong();
        ok(trade.action(PURCHASE_ORDERS, order, "approve"), 200);

        assertThat(assertProblem(trade.create(RECEIPTS, doc(supplier, w1, "2026-01-04", "\"orderId\":" + order,
                line(a, "3", "10.00", "\"orderLine\":1"))), 422, "trade.invalid-field").path("detail").asText())
                .startsWith("date");
        assertThat(trade.get(PURCHASE_ORDERS + "/" + order).path("status").asText()).isEqualTo("approved");
        long customer = trade.partner("customer");
        long sales = ok(trade.create(SALES_ORDERS, doc(customer, w1, "2026-01-05", "", line(a, "1", "20.00", ""))), 201)
                .path("id").asLong();
        ok(trade.action(SALES_ORDERS, sales, "approve"), 200);
        assertProblem(trade.create(DELIVERIES, doc(customer, w1, "2026-01-04", "\"orderId\":" + sales,
                line(a, "1", "20.00", "\"orderLine\":1"))), 422, "trade.invalid-field");
        assertThat(trade.get(SALES_ORDERS + "/" + sales).path("status").asText()).isEqualTo("approved");
    }

    @Test
    void approved_orders_not_yet_delivered_count_in_the_credit_exposure() {
        // limit 400.00; each order of 10 is 226.00 gross. After delivering half of the first, the exposure is
        // 113.00 receivable + 113.00 unshipped = 226.00: an order of 135.60 fits, one more of 45.20 does not.
        long customer = trade.partner("customer", "400.00");
        long first = approvedOrder(customer, "10");
        long second = ok(trade.create(SALES_ORDERS, doc(customer, w1, "2026-01-02", "", line(a, "10", "20.00", ""))), 201)
                .path("id").asLong();
        assertThat(ok(trade.action(SALES_ORDERS, second, "approve"), 200).path("status").asText()).isEqualTo("held");

        trade.posted(DELIVERIES, against(customer, first, "5"));
        long third = ok(trade.create(SALES_ORDERS, doc(customer, w1, "2026-01-02", "", line(a, "6", "20.00", ""))), 201)
                .path("id").asLong();
        assertThat(ok(trade.action(SALES_ORDERS, third, "approve"), 200).path("status").asText()).isEqualTo("approved");
        long fourth = ok(trade.create(SALES_ORDERS, doc(customer, w1, "2026-01-02", "", line(a, "2", "20.00", ""))), 201)
                .path("id").asLong();
        assertThat(ok(trade.action(SALES_ORDERS, fourth, "approve"), 200).path("status").asText()).isEqualTo("held");
    }
}
