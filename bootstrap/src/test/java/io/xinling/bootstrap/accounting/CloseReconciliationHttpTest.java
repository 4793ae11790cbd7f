package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.accounting.Books.cr;
import static io.xinling.bootstrap.accounting.Books.line;
import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 5.1 step 5 over HTTP: a close refuses while a subledger differs from the GL (I-4 stock, I-15 partners). */
class CloseReconciliationHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static TradeBooks books() {
        TradeBooks trade = new TradeBooks(app);
        ok(app.post("/api/v1/accounting/books/settings", trade.key, "{\"allowSelfReview\":true}"), 200);
        return trade;
    }

    private static void posted(TradeBooks trade, String date, String... lines) {
        long id = ok(app.post("/api/v1/accounting/vouchers", trade.key, Books.voucher(date, lines)), 201).path("id").asLong();
        ok(app.post("/api/v1/accounting/vouchers/" + id + "/post", trade.key, "{}"), 200);
    }

    private static JsonNode refusedClose(TradeBooks trade, String period) {
        return assertProblem(app.post("/api/v1/accounting/periods/" + period + "/close", trade.key, "{}"), 422,
                "accounting.close-blocked");
    }

    @Test
    void a_receivable_booked_by_hand_for_a_customer_without_open_items_blocks_the_close() {
        TradeBooks trade = books();
        long customer = trade.partner("customer");
        posted(trade, "2026-11-05", line("1122", "100.00", null, "{\"customer\":\"" + customer + "\"}"), cr("3001", "100.00"));
        assertThat(refusedClose(trade, "2026-11").path("detail").asText())
                .contains("receivables customer=" + customer + ": subledger 0.00, GL 100.00");
        assertThat(trade.books.get("/api/v1/accounting/books").path("closedThrough").isTextual()).isFalse();
    }

    @Test
    void stock_booked_by_hand_blocks_the_close_per_item() {
        TradeBooks trade = books();
        long sku = trade.books.sku();
        posted(trade, "2026-11-05", line("1405", "10.00", null, "{\"item\":\"" + sku + "\"}"), cr("3001", "10.00"));
        assertThat(refusedClose(trade, "2026-11").path("detail").asText())
                .contains("stock item=" + sku + " warehouse=(none): subledger 0.00, GL 10.00");
    }

    @Test
    void stock_moved_between_warehouses_by_hand_blocks_the_close_per_warehouse_though_the_item_agrees() {
        TradeBooks trade = books();
        long supplier = trade.partner("supplier");
        long w1 = trade.books.warehouse(false);
        long w2 = trade.books.warehouse(false);
        long a = trade.books.sku();
        trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-11-02", a, "10", "100.00", "", "");
        posted(trade, "2026-11-05",
                line("1405", "10.00", null, "{\"item\":\"" + a + "\",\"warehouse\":\"" + w2 + "\"}"),
                line("1405", null, "10.00", "{\"item\":\"" + a + "\",\"warehouse\":\"" + w1 + "\"}"));
        String detail = refusedClose(trade, "2026-11").path("detail").asText();
        assertThat(detail).contains("stock item=" + a + " warehouse=" + w1 + ": subledger 1000.00, GL 990.00")
                .contains("stock item=" + a + " warehouse=" + w2 + ": subledger 0.00, GL 10.00");
        assertThat(trade.books.get("/api/v1/accounting/books").path("closedThrough").isTextual()).isFalse();
    }

    @Test
    void documents_that_book_their_own_subledgers_close() {
        TradeBooks trade = books();
        long supplier = trade.partner("supplier");
        long customer = trade.partner("customer");
        long w = trade.books.warehouse(false);
        long a = trade.books.sku();
        trade.document(TradeBooks.RECEIPTS, supplier, w, "2026-11-02", a, "10", "100.00", "", "");
        trade.document(TradeBooks.DELIVERIES, customer, w, "2026-11-03", a, "4", "150.00", "", "");
        trade.document(TradeBooks.RECEIPTS, supplier, w, "2026-12-02", a, "1", "100.00", "", "");
        ok(app.post("/api/v1/accounting/periods/2026-11/close", trade.key, "{}"), 200);
    }
}
