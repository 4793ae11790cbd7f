package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is dated into a closed period (I-20), in the receivables and payables too: a write-off, its reversal or a
 * recorded open item moves no GL balance in CNY, yet it changes the closed month's ageing and statements.
 */
class SettlementClosedPeriodHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void write_offs_reversals_open_items_and_receipts_dated_in_a_closed_period_are_refused_and_write_nothing() {
        TradeBooks trade = new TradeBooks(app);
        long supplier = trade.partner("supplier");
        long customer = trade.partner("customer");
        long warehouse = trade.books.warehouse(false);
        long sku = trade.books.sku();
        trade.document(TradeBooks.RECEIPTS, supplier, warehouse, "2026-01-02", sku, "10", "5.00", "", "");
        long invoice = trade.document(TradeBooks.DELIVERIES, customer, warehouse, "2026-01-03", sku, "4", "9.00", "", "")
                .path("openItemId").asLong();
        long unapplied = trade.receipt(customer, "receipt", "bank", "2026-01-10", "30.00", "").path("credit").path("id").asLong();
        long writeOff = trade.receipt(customer, "receipt", "bank", "2026-01-10", "10.00", TradeBooks.allocation(invoice, "10.00"))
                .path("writeOffs").get(0).path("id").asLong();
        ok(app.post("/api/v1/accounting/periods/2026-01/close", trade.key, "{}"), 200);

        assertProblem(app.post("/api/v1/settlement/write-offs", trade.key, """
                {"creditItemId":%d,"date":"2026-01-31","allocations":[%s]}""".formatted(unapplied,
                TradeBooks.allocation(invoice, "5.00"))), 422, "settlement.date-in-closed-period");
        assertProblem(app.post("/api/v1/settlement/write-offs/" + writeOff + "/reversal", trade.key,
                "{\"date\":\"2026-01-31\"}"), 422, "settlement.date-in-closed-period");
        assertProblem(app.post("/api/v1/settlement/open-items", trade.key, """
                {"partnerId":%d,"ledger":"receivable","side":"debit","sourceType":"opening","sourceRef":"O1",
                 "date":"2026-01-20","amount":"50.00"}""".formatted(customer)), 422, "settlement.date-in-closed-period");
        assertProblem(app.post("/api/v1/settlement/receipts", trade.key, """
                {"partnerId":%d,"kind":"receipt","method":"bank","date":"2026-01-20","amount":"5.00"}""".formatted(customer)),
                422, "settlement.date-in-closed-period");

        JsonNode ageing = ok(app.get("/api/v1/settlement/ageing?date=2026-01-31&partnerId=" + customer, trade.key), 200)
                .path("rows").get(0);
        assertThat(ageing.path("total").asText()).isEqualTo("30.68");
        assertThat(ageing.path("unapplied").asText()).isEqualTo("30.00");
        assertThat(ok(app.get("/api/v1/settlement/open-items?partnerId=" + customer, trade.key), 200).path("items").size())
                .isEqualTo(3);

        // the same in February, the open period, is taken
        ok(app.post("/api/v1/settlement/write-offs", trade.key, """
                {"creditItemId":%d,"date":"2026-02-01","allocations":[%s]}""".formatted(unapplied,
                TradeBooks.allocation(invoice, "5.00"))), 201);
        ok(app.post("/api/v1/settlement/write-offs/" + writeOff + "/reversal", trade.key, "{\"date\":\"2026-02-01\"}"), 201);
    }
}
