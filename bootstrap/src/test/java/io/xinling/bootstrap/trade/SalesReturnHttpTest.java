package io.xinling.bootstrap.trade;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.trade.TradeClient.DELIVERIES;
import static io.xinling.bootstrap.trade.TradeClient.RECEIPTS;
import static io.xinling.bootstrap.trade.TradeClient.RETURNS;
import static io.xinling.bootstrap.trade.TradeClient.doc;
import static io.xinling.bootstrap.trade.TradeClient.line;
import static io.xinling.bootstrap.trade.TradeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Sales returns (销售退货) referencing the delivery: at the original cost share (spec 2.7), with the credit. */
class SalesReturnHttpTest {

    private static TestApp app;
    private TradeClient trade;
    private long w1;
    private long a;
    private long customer;
    private long delivery;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** E7 up to the return: purchase 10 @ 5.00, sale S1 of 4 (cost 20.00), purchase 6 @ 8.00. */
    @BeforeEach
    void e7() {
        trade = new TradeClient(app, app.newTenant("sales", "purchasing", "warehouse", "admin").key());
        w1 = trade.warehouse();
        a = trade.sku();
        customer = trade.partner("customer");
        long supplier = trade.partner("supplier");
        trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-01", "", line(a, "10", "5.00", "")));
        JsonNode s1 = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-02", "", line(a, "4", "9.00", "")));
        assertThat(s1.path("lines").get(0).path("cost").asText()).isEqualTo("20.00");
        delivery = s1.path("id").asLong();
        trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-03", "", line(a, "6", "8.00", "")));
        assertThat(trade.balance("2026-01-03", w1, a).path("value").asText()).isEqualTo("78.00");
    }

    private String returnOf(long partner, long sale, String quantity) {
        return doc(partner, w1, "2026-01-04", "\"deliveryId\":" + sale, line(a, quantity, "9.00", "\"deliveryLine\":1"));
    }

    @Test
    void E7_return_comes_in_at_the_original_cost_share_with_the_receivable_credit() {
        JsonNode returned = trade.posted(RETURNS, returnOf(customer, delivery, "2"));

        assertThat(returned.path("lines").get(0).path("cost").asText()).isEqualTo("10.00");
        assertThat(returned.path("net").asText()).isEqualTo("18.00");
        assertThat(returned.path("tax").asText()).isEqualTo("2.34");
        assertThat(returned.path("gross").asText()).isEqualTo("20.34");
        JsonNode balance = trade.balance("2026-01-04", w1, a);
        assertThat(balance.path("quantity").asText()).isEqualTo("14");
        assertThat(balance.path("value").asText()).isEqualTo("88.00");
        JsonNode credit = trade.get("/api/v1/settlement/open-items/" + returned.path("openItemId").asLong());
        JsonNode item = credit.has("item") ? credit.path("item") : credit;
        assertThat(item.path("side").asText()).isEqualTo("credit");
        assertThat(item.path("ledger").asText()).isEqualTo("receivable");
        assertThat(item.path("amount").asText()).isEqualTo("20.34");
        assertThat(item.path("sourceType").asText()).isEqualTo("sales-return");
    }

    @Test
    void the_rest_of_the_sale_returned_later_takes_the_remaining_cost() {
        trade.posted(RETURNS, returnOf(customer, delivery, "3"));
        JsonNode last = trade.posted(RETURNS, returnOf(customer, delivery, "1"));
        assertThat(last.path("lines").get(0).path("cost").asText()).isEqualTo("5.00");
        assertProblem(trade.create(RETURNS, returnOf(customer, delivery, "1")), 422, "trade.return-exceeds-source");
    }

    @Test
    void returning_more_than_delivered_is_422_when_saved_and_again_when_posted() {
        int itemsBefore = trade.openItems(customer).size();
        int movementsBefore = trade.movements(a).size();
        assertProblem(trade.create(RETURNS, returnOf(customer, delivery, "5")), 422, "trade.return-exceeds-source");

        long first = ok(trade.create(RETURNS, returnOf(customer, delivery, "3")), 201).path("id").asLong();
        long second = ok(trade.create(RETURNS, returnOf(customer, delivery, "3")), 201).path("id").asLong();
        trade.post(RETURNS, first);
        assertProblem(trade.post(RETURNS, second), 422, "trade.return-exceeds-source");

        assertThat(trade.openItems(customer)).hasSize(itemsBefore + 1);
        assertThat(trade.movements(a)).hasSize(movementsBefore + 1);
        assertThat(trade.get(RETURNS + "/" + second).path("status").asText()).isEqualTo("draft");
    }

    @Test
    void referencing_another_customers_sale_is_422_and_writes_nothing() {
        long other = trade.partner("customer");
        assertProblem(trade.create(RETURNS, returnOf(other, delivery, "1")), 422, "trade.return-partner-mismatch");
        assertProblem(trade.create(RETURNS, returnOf(customer, 999_999_999L, "1")), 422, "trade.invalid-field");
        assertProblem(trade.create(RETURNS, doc(customer, w1, "2026-01-04", "\"deliveryId\":" + delivery,
                line(a, "1", "9.00", ""))), 422, "trade.invalid-field");
        assertThat(trade.openItems(other)).isEmpty();
    }

    /** S1 sold 4 at 9.00 (net 36.00, 13 %): a return credits at most that per unit, at that rate. */
    @Test
    void a_return_crediting_more_than_the_sale_or_at_another_tax_rate_is_422_and_writes_nothing() {
        int items = trade.openItems(customer).size();
        JsonNode dearer = assertProblem(trade.create(RETURNS, doc(customer, w1, "2026-01-04", "\"deliveryId\":" + delivery,
                line(a, "2", "9.01", "\"deliveryLine\":1"))), 422, "trade.invalid-field");
        assertThat(dearer.path("detail").asText()).startsWith("lines[0].price:").contains("18.02", "18.00");
        JsonNode otherRate = assertProblem(trade.create(RETURNS, doc(customer, w1, "2026-01-04", "\"deliveryId\":" + delivery,
                "{\"skuId\":" + a + ",\"quantity\":\"2\",\"unit\":\"个\",\"price\":\"9.00\",\"taxRatePercent\":\"6\","
                        + "\"deliveryLine\":1}")), 422, "trade.invalid-field");
        assertThat(otherRate.path("detail").asText()).startsWith("lines[0].taxRatePercent:");
        assertThat(trade.openItems(customer)).hasSize(items);

        // at or below the sale's price is a refund the merchant may grant (a restocking deduction, say)
        assertThat(trade.posted(RETURNS, doc(customer, w1, "2026-01-04", "\"deliveryId\":" + delivery,
                line(a, "2", "8.50", "\"deliveryLine\":1"))).path("net").asText()).isEqualTo("17.00");
        assertThat(trade.posted(RETURNS, returnOf(customer, delivery, "2")).path("net").asText()).isEqualTo("18.00");
    }

    /** E7's stock on the 4th: 12 units worth 78.00, so 2 come back at the current average 6.50 each (spec 2.7). */
    @Test
    void without_a_delivery_the_goods_come_back_at_the_current_average_with_the_receivable_credit() {
        assertThat(trade.get("/api/v1/trade/settings").path("allowUnreferencedSalesReturns").asBoolean()).isTrue();
        JsonNode returned = trade.posted(RETURNS, doc(customer, w1, "2026-01-04", "", line(a, "2", "9.00", "")));

        assertThat(returned.path("deliveryId").isNull() || returned.path("deliveryId").isMissingNode()).isTrue();
        assertThat(returned.path("lines").get(0).path("cost").asText()).isEqualTo("13.00");
        assertThat(returned.path("gross").asText()).isEqualTo("20.34");
        JsonNode balance = trade.balance("2026-01-04", w1, a);
        assertThat(balance.path("quantity").asText()).isEqualTo("14");
        assertThat(balance.path("value").asText()).isEqualTo("91.00");
        JsonNode credit = trade.get("/api/v1/settlement/open-items/" + returned.path("openItemId").asLong());
        JsonNode item = credit.has("item") ? credit.path("item") : credit;
        assertThat(item.path("side").asText()).isEqualTo("credit");
        assertThat(item.path("amount").asText()).isEqualTo("20.34");
    }

    @Test
    void without_a_delivery_is_422_and_writes_nothing_where_the_tenant_turns_it_off() {
        assertThat(ok(app.put("/api/v1/trade/settings", trade.key(), "{\"allowUnreferencedSalesReturns\":false}"), 200)
                .path("allowUnreferencedSalesReturns").asBoolean()).isFalse();
        int items = trade.openItems(customer).size();
        int movements = trade.movements(a).size();
        JsonNode problem = assertProblem(trade.create(RETURNS, doc(customer, w1, "2026-01-04", "",
                line(a, "1", "9.00", ""))), 422, "trade.unreferenced-return-not-allowed");
        assertThat(problem.path("detail").asText()).startsWith("deliveryId:");
        assertThat(trade.openItems(customer)).hasSize(items);
        assertThat(trade.movements(a)).hasSize(movements);
        assertProblem(app.put("/api/v1/trade/settings", trade.key(), "{}"), 422, "validation-failed");
    }
}
