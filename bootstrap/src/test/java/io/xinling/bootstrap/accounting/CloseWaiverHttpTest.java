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

/** Spec 5.1 over HTTP: a waivable gate passes with an explicit waiver (gate, reason, who), recorded and reported. */
class CloseWaiverHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String close(String... waivers) {
        return "{\"waivers\":[" + String.join(",", waivers) + "]}";
    }

    private static String waiver(String gate, String reason) {
        return "{\"gate\":\"" + gate + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    private static long stockDraft(StockBooks books, String date) {
        long w = books.warehouse(false);
        long a = books.sku();
        return books.draft(StockBooks.doc("receipt", date, w, "purchase", StockBooks.line(a, "1", "\"amount\":\"10.00\"")));
    }

    private static String closedThrough(StockBooks books) {
        return books.get("/api/v1/accounting/books").path("closedThrough").asText(null);
    }

    @Test
    void a_waived_drafts_gate_lets_the_close_pass_and_the_waiver_is_recorded_with_who_and_what_it_found() {
        StockBooks books = new StockBooks(app);
        long draft = stockDraft(books, "2026-11-06");
        String number = books.get("/api/v1/inventory/documents/" + draft).path("number").asText();
        String detail = assertProblem(app.post("/api/v1/accounting/periods/2026-11/close", books.key, "{}"), 422,
                "accounting.close-blocked").path("detail").asText();
        assertThat(detail).contains("[business-drafts]", number);

        JsonNode closed = ok(app.post("/api/v1/accounting/periods/2026-11/close", books.key,
                close(waiver("business-drafts", "盘点单待补录, 经理批准"))), 200);

        long user = books.get("/api/v1/me").path("userId").asLong();
        JsonNode waived = closed.path("waived").get(0);
        assertThat(closed.path("waived")).hasSize(1);
        assertThat(waived.path("gate").asText()).isEqualTo("business-drafts");
        assertThat(waived.path("reason").asText()).isEqualTo("盘点单待补录, 经理批准");
        assertThat(waived.path("waivedBy").asLong()).isEqualTo(user);
        assertThat(waived.path("findings").toString()).contains(number);
        assertThat(closedThrough(books)).isEqualTo("2026-11");

        JsonNode report = books.get("/api/v1/accounting/periods/2026-11/close");
        assertThat(report.path("status").asText()).isEqualTo("closed");
        assertThat(report.path("waived").get(0).path("reason").asText()).isEqualTo("盘点单待补录, 经理批准");
        assertThat(report.path("waived").get(0).path("waivedBy").asLong()).isEqualTo(user);

        ok(app.post("/api/v1/accounting/periods/2026-11/reopen", books.key, "{\"reason\":\"补录\"}"), 200);
        JsonNode reopened = books.get("/api/v1/accounting/periods/2026-11/close");
        assertThat(reopened.path("status").asText()).isEqualTo("open");
        assertThat(reopened.path("waived")).isEmpty();
    }

    @Test
    void an_unposted_voucher_can_be_waived_and_a_waiver_of_a_passing_gate_is_only_a_warning() {
        StockBooks books = new StockBooks(app);
        ok(app.post("/api/v1/accounting/vouchers", books.key, Books.voucher("2026-11-05",
                Books.dr("1001", "10.00"), cr("3001", "10.00"))), 201);
        assertThat(assertProblem(app.post("/api/v1/accounting/periods/2026-11/close", books.key, "{}"), 422,
                "accounting.close-blocked").path("detail").asText()).contains("[unposted-vouchers] 1 unposted voucher(s)");

        JsonNode closed = ok(app.post("/api/v1/accounting/periods/2026-11/close", books.key,
                close(waiver("unposted-vouchers", "reviewer away"), waiver("business-drafts", "none expected"))), 200);
        assertThat(closed.path("waived")).hasSize(1);
        assertThat(closed.path("waived").get(0).path("gate").asText()).isEqualTo("unposted-vouchers");
        assertThat(closed.path("warnings").toString()).contains("waiver of business-drafts not needed");
        assertThat(books.get("/api/v1/accounting/periods/2026-11/close").path("waived")).hasSize(1);
    }

    @Test
    void a_reconciliation_mismatch_is_a_hard_failure_that_no_waiver_passes() {
        TradeBooks trade = new TradeBooks(app);
        ok(app.post("/api/v1/accounting/books/settings", trade.key, "{\"allowSelfReview\":true}"), 200);
        long sku = trade.books.sku();
        long id = ok(app.post("/api/v1/accounting/vouchers", trade.key, Books.voucher("2026-11-05",
                line("1405", "10.00", null, "{\"item\":\"" + sku + "\"}"), cr("3001", "10.00"))), 201).path("id").asLong();
        ok(app.post("/api/v1/accounting/vouchers/" + id + "/post", trade.key, "{}"), 200);

        JsonNode refused = assertProblem(app.post("/api/v1/accounting/periods/2026-11/close", trade.key,
                close(waiver("reconciliation", "we know"))), 422, "accounting.gate-not-waivable");
        assertThat(refused.path("detail").asText()).contains("reconciliation");
        assertProblem(app.post("/api/v1/accounting/periods/2026-11/close", trade.key,
                close(waiver("trial-balance", "x"))), 422, "accounting.gate-not-waivable");
        assertProblem(app.post("/api/v1/accounting/periods/2026-11/close", trade.key,
                close(waiver("pending-generation", "x"))), 422, "accounting.gate-not-waivable");
        // waiving a waivable gate does not let the hard one through
        assertThat(assertProblem(app.post("/api/v1/accounting/periods/2026-11/close", trade.key,
                close(waiver("business-drafts", "none"))), 422, "accounting.close-blocked").path("detail").asText())
                .contains("[reconciliation] stock item=" + sku);
        assertThat(closedThrough(trade.books)).isNull();
    }

    @Test
    void a_waiver_needs_a_known_gate_once_and_a_reason() {
        StockBooks books = new StockBooks(app);
        stockDraft(books, "2026-11-06");
        String path = "/api/v1/accounting/periods/2026-11/close";
        assertThat(assertProblem(app.post(path, books.key, close(waiver("business-drafts", null))), 422,
                "accounting.invalid-field").path("detail").asText()).contains("waivers[0].reason");
        assertProblem(app.post(path, books.key, close(waiver("business-drafts", "  "))), 422, "accounting.invalid-field");
        assertThat(assertProblem(app.post(path, books.key, close(waiver("everything", "x"))), 422,
                "accounting.invalid-field").path("detail").asText()).contains("waivers[0].gate");
        assertProblem(app.post(path, books.key, close(waiver("business-drafts", "a"), waiver("business-drafts", "b"))),
                422, "accounting.invalid-field");
        assertProblem(app.post(path, books.key, close(waiver("business-drafts", "x".repeat(501)))), 422,
                "accounting.invalid-field");
        assertThat(closedThrough(books)).isNull();
    }
}
