package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 5.1 step 1 and I-20 over HTTP: drafts dated in the period hold the close back; none is dated into a closed one. */
class CloseDraftsHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String trade(long partner, long warehouse, String date, long sku) {
        return "{\"partnerId\":" + partner + ",\"warehouseId\":" + warehouse + ",\"date\":\"" + date + "\",\"lines\":[{\"skuId\":"
                + sku + ",\"quantity\":\"1\",\"unit\":\"个\",\"price\":\"10.00\",\"taxRatePercent\":\"13\"}]}";
    }

    @Test
    void drafts_dated_in_the_period_block_its_close_and_no_trade_draft_is_dated_into_a_closed_period() {
        TradeBooks trade = new TradeBooks(app);
        StockBooks books = trade.books;
        long supplier = trade.partner("supplier");
        long customer = trade.partner("customer");
        long w = books.warehouse(false);
        long a = books.sku();
        trade.document(TradeBooks.RECEIPTS, supplier, w, "2026-11-02", a, "10", "10.00", "", "");
        JsonNode delivery = ok(app.post(TradeBooks.DELIVERIES, trade.key, trade(customer, w, "2026-11-05", a)), 201);
        long stockDraft = books.draft(StockBooks.doc("receipt", "2026-11-06", w, "purchase",
                StockBooks.line(a, "1", "\"amount\":\"10.00\"")));
        JsonNode order = ok(app.post("/api/v1/purchases/orders", trade.key, trade(supplier, w, "2026-11-07", a)), 201);

        String detail = assertProblem(app.post("/api/v1/accounting/periods/2026-11/close", trade.key, "{}"), 422,
                "accounting.close-blocked").path("detail").asText();
        assertThat(detail).contains("sales-delivery " + delivery.path("number").asText() + " (2026-11-05)",
                "purchase-order " + order.path("number").asText() + " (2026-11-07)", "inventory receipt", "(2026-11-06)");

        ok(app.post(TradeBooks.DELIVERIES + "/" + delivery.path("id").asLong() + "/cancel", trade.key, "{}"), 200);
        ok(books.post(stockDraft), 200);
        ok(app.put("/api/v1/purchases/orders/" + order.path("id").asLong(), trade.key, trade(supplier, w, "2026-12-01", a)), 200);
        ok(app.post("/api/v1/accounting/periods/2026-11/close", trade.key, "{}"), 200);

        // I-20: a trade document is not created, moved or posted into the closed period
        assertProblem(app.post(TradeBooks.DELIVERIES, trade.key, trade(customer, w, "2026-11-20", a)), 422,
                "trade.date-in-closed-period");
        assertProblem(app.post("/api/v1/purchases/orders", trade.key, trade(supplier, w, "2026-11-20", a)), 422,
                "trade.date-in-closed-period");
        assertProblem(app.put("/api/v1/purchases/orders/" + order.path("id").asLong(), trade.key,
                trade(supplier, w, "2026-11-30", a)), 422, "trade.date-in-closed-period");
        ok(app.post(TradeBooks.DELIVERIES, trade.key, trade(customer, w, "2026-12-01", a)), 201);
    }
}
