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
import static io.xinling.bootstrap.trade.TradeClient.doc;
import static io.xinling.bootstrap.trade.TradeClient.line;
import static org.assertj.core.api.Assertions.assertThat;

/** Purchase receipts (采购入库) end to end over HTTP: valued at the net amount, with the supplier's payable. */
class PurchaseReceiptHttpTest {

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
    void E1_purchases_then_the_sale_all_through_documents() {
        long w1 = trade.warehouse();
        long a = trade.sku();
        long supplier = trade.partner("supplier");
        long customer = trade.partner("customer");

        JsonNode first = trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-01", "", line(a, "100", "10.00", "")));
        JsonNode second = trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-02", "", line(a, "50", "13.00", "")));
        assertThat(first.path("lines").get(0).path("cost").asText()).isEqualTo("1000.00");
        assertThat(second.path("lines").get(0).path("cost").asText()).isEqualTo("650.00");
        JsonNode stock = trade.get("/api/v1/inventory/documents/" + first.path("inventoryDocumentId").asLong());
        assertThat(stock.path("kind").asText()).isEqualTo("receipt");
        assertThat(trade.balance("2026-01-02", w1, a).path("value").asText()).isEqualTo("1650.00");

        JsonNode payables = trade.openItems(supplier);
        assertThat(payables).extracting(i -> i.path("amount").asText()).containsExactly("1130.00", "734.50");
        assertThat(payables).allSatisfy(i -> {
            assertThat(i.path("ledger").asText()).isEqualTo("payable");
            assertThat(i.path("sourceType").asText()).isEqualTo("purchase-receipt");
        });

        JsonNode sale = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-03", "", line(a, "60", "20.00", "")));
        assertThat(sale.path("lines").get(0).path("cost").asText()).isEqualTo("660.00");
        assertThat(sale.path("gross").asText()).isEqualTo("1356.00");
        assertThat(trade.balance("2026-01-03", w1, a).path("value").asText()).isEqualTo("990.00");
    }

    @Test
    void a_receipt_from_a_customer_only_partner_or_into_an_unknown_warehouse_writes_nothing() {
        long w1 = trade.warehouse();
        long a = trade.sku();
        long customer = trade.partner("customer");
        long supplier = trade.partner("supplier");
        assertProblem(trade.create(RECEIPTS, doc(customer, w1, "2026-01-01", "", line(a, "1", "10.00", ""))), 422,
                "trade.invalid-field");
        assertThat(assertProblem(trade.create(RECEIPTS, doc(supplier, 999_999_999L, "2026-01-01", "",
                line(a, "1", "10.00", ""))), 422, "trade.invalid-field").path("detail").asText()).startsWith("warehouseId");
        assertThat(trade.openItems(supplier)).isEmpty();
        assertThat(trade.movements(a)).isEmpty();
        assertThat(trade.get(RECEIPTS).path("total").asLong()).isZero();
    }

    @Test
    void a_foreign_currency_receipt_is_valued_at_the_book_net_split_over_its_lines() {
        long w1 = trade.warehouse();
        long a = trade.sku();
        long supplier = trade.partner("supplier");
        String oneDollar = line(a, "1", "1.00", "");
        JsonNode posted = trade.posted(RECEIPTS, doc(supplier, w1, "2026-01-01",
                "\"currency\":\"USD\",\"exchangeRate\":\"7.125\"", oneDollar, oneDollar, oneDollar));

        assertThat(posted.path("gross").asText()).isEqualTo("3.39");
        assertThat(posted.path("bookNet").asText()).isEqualTo("21.38");
        assertThat(posted.path("lines")).extracting(l -> l.path("cost").asText()).containsExactlyInAnyOrder("7.13", "7.13", "7.12");
        assertThat(trade.balance("2026-01-01", w1, a).path("value").asText()).isEqualTo("21.38");
        JsonNode payable = trade.openItems(supplier).get(0);
        assertThat(payable.path("currency").asText()).isEqualTo("USD");
        assertThat(payable.path("amount").asText()).isEqualTo("3.39");
        assertThat(payable.path("bookAmount").asText()).isEqualTo(posted.path("bookGross").asText());
    }
}
