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
import static io.xinling.bootstrap.trade.TradeClient.RETURNS;
import static io.xinling.bootstrap.trade.TradeClient.SALES_ORDERS;
import static io.xinling.bootstrap.trade.TradeClient.doc;
import static io.xinling.bootstrap.trade.TradeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Returns against a source line and deliveries or receipts against an order line count in the source line's
 * unit: a line in another unit of the SKU is converted through the SKU (12 个 = 1 箱), and one that does not
 * convert exactly into the source line's unit is refused, naming the unit.
 */
class SourceUnitHttpTest {

    private static TestApp app;
    private TradeClient trade;
    private long w1;
    private long box;
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
    void tenant() {
        trade = new TradeClient(app, app.newTenant("sales", "purchasing", "warehouse", "admin").key());
        w1 = trade.warehouse();
        customer = trade.partner("customer");
        supplier = trade.partner("supplier");
        String code = "BOX-" + System.nanoTime();
        box = ok(app.post("/api/v1/products", trade.key(), "{\"code\":\"" + code + "\",\"name\":\"箱装\",\"skus\":[{\"code\":\""
                + code + "-1\",\"baseUnit\":\"个\",\"units\":[{\"unit\":\"箱\",\"factor\":\"12\"}]}]}"), 201)
                .path("skus").get(0).path("id").asLong();
        trade.stock(w1, box, "2026-01-01", "48", "480.00");
    }

    private String line(String quantity, String unit, String price, String extra) {
        return "{\"skuId\":" + box + ",\"quantity\":\"" + quantity + "\",\"unit\":\"" + unit + "\",\"price\":\"" + price
                + "\",\"taxRatePercent\":\"13\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private JsonNode saleOfTwoBoxes() {
        JsonNode sale = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-02", "", line("2", "箱", "240.00", "")));
        assertThat(sale.path("lines").get(0).path("cost").asText()).isEqualTo("240.00");
        assertThat(trade.balance("2026-01-02", w1, box).path("quantity").asText()).isEqualTo("24");
        return sale;
    }

    private String returnOf(long sale, String quantity, String unit, String price) {
        return doc(customer, w1, "2026-01-04", "\"deliveryId\":" + sale, line(quantity, unit, price, "\"deliveryLine\":1"));
    }

    @Test
    void a_return_of_one_box_of_a_line_sold_in_boxes_of_12_brings_back_12_base_units_at_their_cost_share() {
        long sale = saleOfTwoBoxes().path("id").asLong();
        JsonNode returned = trade.posted(RETURNS, returnOf(sale, "1", "箱", "240.00"));
        assertThat(returned.path("lines").get(0).path("cost").asText()).isEqualTo("120.00");
        assertThat(trade.balance("2026-01-04", w1, box).path("quantity").asText()).isEqualTo("36");
        assertProblem(trade.create(RETURNS, returnOf(sale, "2", "箱", "240.00")), 422, "trade.return-exceeds-source");
    }

    @Test
    void a_return_in_another_unit_is_converted_into_the_source_line_unit() {
        long sale = saleOfTwoBoxes().path("id").asLong();
        JsonNode returned = trade.posted(RETURNS, returnOf(sale, "6", "个", "20.00"));
        assertThat(returned.path("lines").get(0).path("cost").asText()).isEqualTo("60.00");
        assertThat(trade.balance("2026-01-04", w1, box).path("quantity").asText()).isEqualTo("30");
        // 18 个 of the 24 are left to return: 1.5 箱
        JsonNode tooMany = assertProblem(trade.create(RETURNS, returnOf(sale, "24", "个", "20.00")), 422,
                "trade.return-exceeds-source");
        assertThat(tooMany.path("detail").asText()).contains("1.5 箱 of 2 箱 left");
        JsonNode inexact = assertProblem(trade.create(RETURNS, returnOf(sale, "5", "个", "20.00")), 422, "trade.invalid-field");
        assertThat(inexact.path("detail").asText()).startsWith("lines[0].unit:").contains("箱");
        trade.posted(RETURNS, returnOf(sale, "1.5", "箱", "240.00"));
        assertThat(trade.balance("2026-01-04", w1, box).path("quantity").asText()).isEqualTo("48");
    }

    @Test
    void a_delivery_against_an_order_line_in_boxes_counts_in_boxes_and_converts_other_units_exactly() {
        long order = ok(trade.create(SALES_ORDERS, doc(customer, w1, "2026-01-02", "", line("2", "箱", "240.00", ""))), 201)
                .path("id").asLong();
        ok(trade.action(SALES_ORDERS, order, "approve"), 200);
        String against = "\"orderId\":" + order;
        trade.posted(DELIVERIES, doc(customer, w1, "2026-01-03", against, line("1", "箱", "240.00", "\"orderLine\":1")));
        assertThat(trade.balance("2026-01-03", w1, box).path("quantity").asText()).isEqualTo("36");
        assertThat(trade.get(SALES_ORDERS + "/" + order).path("lines").get(0).path("fulfilled").asText()).isEqualTo("1");

        JsonNode odd = assertProblem(trade.create(DELIVERIES, doc(customer, w1, "2026-01-03", against,
                line("5", "个", "20.00", "\"orderLine\":1"))), 422, "trade.invalid-field");
        assertThat(odd.path("detail").asText()).contains("箱");
        assertProblem(trade.create(DELIVERIES, doc(customer, w1, "2026-01-03", against,
                line("24", "个", "20.00", "\"orderLine\":1"))), 422, "trade.exceeds-order");

        long last = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-03", against,
                line("12", "个", "20.00", "\"orderLine\":1"))).path("id").asLong();
        JsonNode completed = trade.get(SALES_ORDERS + "/" + order);
        assertThat(completed.path("status").asText()).isEqualTo("completed");
        assertThat(completed.path("lines").get(0).path("fulfilled").asText()).isEqualTo("2");
        assertThat(trade.balance("2026-01-03", w1, box).path("quantity").asText()).isEqualTo("24");

        ok(trade.cancel(DELIVERIES, last), 200);
        JsonNode reopened = trade.get(SALES_ORDERS + "/" + order);
        assertThat(reopened.path("status").asText()).isEqualTo("partially-delivered");
        assertThat(reopened.path("lines").get(0).path("fulfilled").asText()).isEqualTo("1");
    }

    @Test
    void a_receipt_against_a_purchase_order_in_boxes_takes_12_base_units_a_box() {
        long order = ok(trade.create(PURCHASE_ORDERS, doc(supplier, w1, "2026-01-02", "", line("1", "箱", "100.00", ""))), 201)
                .path("id").asLong();
        ok(trade.action(PURCHASE_ORDERS, order, "approve"), 200);
        trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-03", "\"orderId\":" + order,
                line("12", "个", "8.00", "\"orderLine\":1")));
        assertThat(trade.balance("2026-01-03", w1, box).path("quantity").asText()).isEqualTo("60");
        assertThat(trade.get(PURCHASE_ORDERS + "/" + order).path("status").asText()).isEqualTo("completed");
    }
}
