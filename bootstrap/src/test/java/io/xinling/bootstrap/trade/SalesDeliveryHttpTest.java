package io.xinling.bootstrap.trade;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.trade.TradeClient.DELIVERIES;
import static io.xinling.bootstrap.trade.TradeClient.doc;
import static io.xinling.bootstrap.trade.TradeClient.line;
import static io.xinling.bootstrap.trade.TradeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Sales deliveries (销售出库) end to end over HTTP: the stock ledger and the receivable in one transaction. */
class SalesDeliveryHttpTest {

    private static TestApp app;
    private TradeClient trade;

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
    }

    @Test
    void E1_delivery_issues_at_the_moving_average_and_records_the_gross_receivable() {
        long w1 = trade.warehouse();
        long a = trade.sku();
        long customer = trade.partner("customer");
        trade.stock(w1, a, "2026-01-01", "100", "1000.00");
        trade.stock(w1, a, "2026-01-02", "50", "650.00");

        JsonNode draft = ok(trade.create(DELIVERIES, doc(customer, w1, "2026-01-03", "", line(a, "60", "20.00", ""))), 201);
        assertThat(draft.path("status").asText()).isEqualTo("draft");
        assertThat(draft.path("net").asText()).isEqualTo("1200.00");
        assertThat(draft.path("tax").asText()).isEqualTo("156.00");
        assertThat(draft.path("gross").asText()).isEqualTo("1356.00");
        assertThat(trade.openItems(customer)).isEmpty();

        JsonNode posted = ok(trade.post(DELIVERIES, draft.path("id").asLong()), 200);
        assertThat(posted.path("status").asText()).isEqualTo("posted");
        assertThat(posted.path("lines").get(0).path("cost").asText()).isEqualTo("660.00");
        JsonNode stock = trade.get("/api/v1/inventory/documents/" + posted.path("inventoryDocumentId").asLong());
        assertThat(stock.path("kind").asText()).isEqualTo("issue");
        assertThat(stock.path("movements").get(0).path("amount").asText()).isEqualTo("-660.00");
        JsonNode balance = trade.balance("2026-01-03", w1, a);
        assertThat(balance.path("quantity").asText()).isEqualTo("90");
        assertThat(balance.path("value").asText()).isEqualTo("990.00");

        JsonNode items = trade.openItems(customer);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("id").asLong()).isEqualTo(posted.path("openItemId").asLong());
        assertThat(items.get(0).path("ledger").asText()).isEqualTo("receivable");
        assertThat(items.get(0).path("side").asText()).isEqualTo("debit");
        assertThat(items.get(0).path("amount").asText()).isEqualTo("1356.00");
        assertThat(items.get(0).path("bookAmount").asText()).isEqualTo("1356.00");
        assertThat(items.get(0).path("sourceType").asText()).isEqualTo("sales-delivery");
    }

    @Test
    void tax_inclusive_units_and_discounts_follow_the_line_calculator() {
        long w1 = trade.warehouse();
        long a = trade.sku();
        long customer = trade.partner("customer");
        trade.stock(w1, a, "2026-01-01", "10", "100.00");
        JsonNode posted = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-02", "\"priceEntry\":\"tax-inclusive\"",
                line(a, "3", "113.00", "\"discountPercent\":\"10\"")));
        assertThat(posted.path("gross").asText()).isEqualTo("305.10");
        assertThat(posted.path("net").asText()).isEqualTo("270.00");
        assertThat(posted.path("tax").asText()).isEqualTo("35.10");
        assertThat(posted.path("lines").get(0).path("cost").asText()).isEqualTo("30.00");
        assertThat(trade.openItems(customer).get(0).path("amount").asText()).isEqualTo("305.10");
    }

    @Test
    void a_shortage_names_the_sku_code_the_warehouse_and_the_shortfall_in_plain_words() {
        long w1 = trade.warehouse();
        long a = trade.sku();
        long customer = trade.partner("customer");
        trade.stock(w1, a, "2026-01-01", "5", "50.00");
        long id = ok(trade.create(DELIVERIES, doc(customer, w1, "2026-01-02", "", line(a, "6", "20.00", ""))), 201)
                .path("id").asLong();

        String detail = assertProblem(trade.post(DELIVERIES, id), 422, "inventory.insufficient-stock").path("detail").asText();

        String code = trade.get("/api/v1/skus/" + a).path("code").asText();
        assertThat(detail).startsWith("SKU " + code + " (id " + a + ") in warehouse TW").contains("(id " + w1 + ")")
                .endsWith(" is short by 1 个").doesNotContain("InWarehouse", "MovementId", "movement", "[");
    }

    @Test
    void a_refused_posting_writes_nothing_in_inventory_or_settlement() {
        long w1 = trade.warehouse();
        long a = trade.sku();
        long customer = trade.partner("customer");
        trade.stock(w1, a, "2026-01-01", "5", "50.00");
        long id = ok(trade.create(DELIVERIES, doc(customer, w1, "2026-01-02", "", line(a, "6", "20.00", ""))), 201)
                .path("id").asLong();

        assertProblem(trade.post(DELIVERIES, id), 422, "inventory.insufficient-stock");

        assertThat(trade.openItems(customer)).isEmpty();
        assertThat(trade.movements(a)).hasSize(1);
        JsonNode still = trade.get(DELIVERIES + "/" + id);
        assertThat(still.path("status").asText()).isEqualTo("draft");
        assertThat(still.path("inventoryDocumentId").asLong()).isZero();
        JsonNode retried = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-02", "", line(a, "5", "20.00", "")));
        assertThat(retried.path("lines").get(0).path("cost").asText()).isEqualTo("50.00");
    }

    @Test
    void posting_twice_is_409_and_bad_input_is_refused() {
        long w1 = trade.warehouse();
        long a = trade.sku();
        long customer = trade.partner("customer");
        long supplier = trade.partner("supplier");
        trade.stock(w1, a, "2026-01-01", "5", "50.00");
        long id = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-02", "", line(a, "1", "20.00", ""))).path("id").asLong();

        assertProblem(trade.post(DELIVERIES, id), 409, "trade.illegal-status");
        assertProblem(trade.post(DELIVERIES, 999_999_999L), 404, "trade.sales-delivery-not-found");
        assertProblem(trade.create(DELIVERIES, doc(supplier, w1, "2026-01-02", "", line(a, "1", "20.00", ""))), 422,
                "trade.invalid-field");
        assertProblem(trade.create(DELIVERIES, doc(customer, w1, "2026-01-02", "", line(a, "-1", "20.00", ""))), 422,
                "trade.invalid-line");
        assertProblem(trade.create(DELIVERIES, doc(customer, w1, "2026-01-02", "")), 422, "trade.invalid-line");
        assertThat(trade.openItems(customer)).hasSize(1);
    }

    @Test
    void two_concurrent_posts_of_one_delivery_post_it_once() {
        long w1 = trade.warehouse();
        long a = trade.sku();
        long customer = trade.partner("customer");
        trade.stock(w1, a, "2026-01-01", "10", "100.00");
        long id = ok(trade.create(DELIVERIES, doc(customer, w1, "2026-01-02", "", line(a, "2", "20.00", ""))), 201)
                .path("id").asLong();

        List<CompletableFuture<HttpResponse<String>>> posts = List.of(
                CompletableFuture.supplyAsync(() -> trade.post(DELIVERIES, id)),
                CompletableFuture.supplyAsync(() -> trade.post(DELIVERIES, id)));

        assertThat(posts).extracting(p -> p.join().statusCode()).containsExactlyInAnyOrder(200, 409);
        assertThat(trade.openItems(customer)).hasSize(1);
        assertThat(trade.movements(a)).hasSize(2);
    }
}
