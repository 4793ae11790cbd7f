package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 2.11 over HTTP: a landed cost on a receipt whose period is closed lands at its own date, V += X while stock
 * is held (later issues re-costed from there), otherwise Dr 5401; its own date must still be open.
 */
class LandedCostClosedPeriodHttpTest {

    private static TestApp app;
    private StockBooks books;
    private long warehouse;
    private long sku;
    private long receipt;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void closedJanuary() {
        books = new StockBooks(app);
        warehouse = books.warehouse(false);
        sku = books.sku();
        receipt = books.receipt("2026-01-05", warehouse, sku, "10", "100.00");
        books.sale("2026-01-10", warehouse, sku, "4");
    }

    private void closeJanuary() {
        ok(app.post("/api/v1/accounting/periods/2026-01/close", books.key, "{}"), 200);
    }

    private String landedCost(String date, String amount) {
        return "{\"kind\":\"landed-cost\",\"date\":\"" + date + "\",\"referenceDocumentId\":" + receipt
                + ",\"amount\":\"" + amount + "\",\"lines\":[]}";
    }

    @Test
    void the_charge_lands_at_its_own_date_and_recosts_the_later_issues_from_there() {
        closeJanuary();
        long later = books.sale("2026-02-10", warehouse, sku, "3");
        assertThat(books.lines("2026-02", "inventory-document", later)).containsExactlyInAnyOrder("Dr 5401 30.00", "Cr 1405 30.00");

        long landed = books.posted(landedCost("2026-02-03", "12.00"));

        JsonNode doc = books.get("/api/v1/inventory/documents/" + landed);
        assertThat(doc.path("flags").toString()).isEqualTo("[\"charge-at-own-date\"]");
        assertThat(doc.path("movements")).hasSize(1);
        assertThat(doc.path("movements").get(0).path("date").asText()).isEqualTo("2026-02-03");
        assertThat(doc.path("movements").get(0).path("amount").asText()).isEqualTo("12.00");
        assertThat(books.lines("2026-02", "inventory-document", landed)).containsExactly("Dr 1405 12.00", "Cr 220202 12.00");
        assertThat(books.vouchers("2026-02", "inventory-recost", later)).hasSize(1);
        assertThat(StockBooks.lines(books.vouchers("2026-02", "inventory-recost", later).get(0)))
                .containsExactlyInAnyOrder("Dr 5401 6.00", "Cr 1405 6.00");
        assertThat(books.stockValue("2026-01-31")).isEqualByComparingTo("60.00");
        assertThat(books.stockValue("2026-02-28")).isEqualByComparingTo("36.00");
        assertThat(books.closing("2026-02-01", "2026-02-28", "1405")).isEqualByComparingTo("36.00");
        assertThat(books.get("/api/v1/inventory/documents/" + receipt).path("movements").get(0).path("amount").asText())
                .as("the receipt in the closed month keeps its amount").isEqualTo("100.00");

        ok(app.post("/api/v1/inventory/documents/" + landed + "/cancel", books.key, "{}"), 200);
        assertThat(books.stockValue("2026-02-28")).isEqualByComparingTo("30.00");
        assertThat(books.closing("2026-02-01", "2026-02-28", "1405")).isEqualByComparingTo("30.00");
        assertThat(books.closing("2026-02-01", "2026-02-28", "220202")).as("the estimate of the receipt only")
                .isEqualByComparingTo("-100.00");
    }

    @Test
    void without_stock_at_its_date_the_charge_is_an_expense_to_5401() {
        books.sale("2026-01-20", warehouse, sku, "6");
        closeJanuary();
        long landed = books.posted(landedCost("2026-02-03", "12.00"));

        assertThat(books.stockValue("2026-02-28")).isEqualByComparingTo("0.00");
        assertThat(books.closing("2026-02-01", "2026-02-28", "1405")).isEqualByComparingTo("0.00");
        assertThat(books.closing("2026-02-01", "2026-02-28", "5401")).as("January's COGS was carried to 3103 at close")
                .isEqualByComparingTo("12.00");
        assertThat(books.vouchers("2026-02", "inventory-document", landed)).hasSize(1);
        assertThat(books.vouchers("2026-02", "inventory-settlement", landed)).hasSize(1);
        assertThat(StockBooks.lines(books.vouchers("2026-02", "inventory-settlement", landed).get(0)))
                .containsExactlyInAnyOrder("Dr 5401 12.00", "Cr 1405 12.00");
    }

    @Test
    void in_an_open_month_the_charge_still_lands_at_the_receipt_without_the_flag() {
        long landed = books.posted(landedCost("2026-02-03", "12.00"));
        assertThat(books.get("/api/v1/inventory/documents/" + landed).path("flags")).isEmpty();
        assertThat(books.get("/api/v1/inventory/documents/" + receipt).path("movements").get(0).path("amount").asText())
                .isEqualTo("112.00");
        assertThat(books.stockValue("2026-01-31")).isEqualByComparingTo("67.20");
    }

    @Test
    void a_landed_cost_dated_in_the_closed_month_is_refused_and_writes_nothing() {
        closeJanuary();
        HttpResponse<String> refused = app.post("/api/v1/inventory/documents", books.key, landedCost("2026-01-31", "12.00"));
        assertProblem(refused, 422, "inventory.date-in-closed-period");
        assertThat(books.get("/api/v1/inventory/documents?kind=landed-cost").path("items")).isEmpty();
        assertThat(books.stockValue("2026-02-28")).isEqualByComparingTo("60.00");
    }

    /** Spec 2.13: an on-time landed cost cancelled after its receipt's month closed is reversed in the earliest open period. */
    @Test
    void cancelling_an_on_time_charge_after_the_close_reverses_it_in_the_earliest_open_period() {
        long landed = books.posted(landedCost("2026-01-20", "12.00"));
        assertThat(books.stockValue("2026-01-31")).isEqualByComparingTo("67.20");
        closeJanuary();

        ok(app.post("/api/v1/inventory/documents/" + landed + "/cancel", books.key, "{}"), 200);

        assertThat(books.get("/api/v1/inventory/documents/" + landed).path("status").asText()).isEqualToIgnoringCase("cancelled");
        assertThat(books.get("/api/v1/inventory/documents/" + receipt).path("movements").get(0).path("amount").asText())
                .as("the receipt in the closed month keeps its amount").isEqualTo("112.00");
        assertThat(books.stockValue("2026-01-31")).as("January stays as closed").isEqualByComparingTo("67.20");
        assertThat(books.stockValue("2026-02-01")).isEqualByComparingTo("55.20");
        assertThat(books.lines("2026-02", "inventory-document", landed)).as("the red reversal, on February 1")
                .containsExactlyInAnyOrder("Dr 1405 -12.00", "Cr 220202 -12.00");
        assertThat(books.vouchers("2026-02", "inventory-document", landed).get(0).path("date").asText()).isEqualTo("2026-02-01");
        assertThat(books.closing("2026-02-01", "2026-02-28", "1405")).isEqualByComparingTo("55.20");
        assertThat(books.closing("2026-02-01", "2026-02-28", "220202")).isEqualByComparingTo("-100.00");

        // another node replays the ledger from its events: the cancel reverses on the date it recorded, not on a new one
        try (TestApp second = TestApp.startSecondNode()) {
            long later = ok(second.post("/api/v1/inventory/documents", books.key, StockBooks.doc("issue", "2026-02-10",
                    warehouse, "sale", StockBooks.line(sku, "3", ""))), 201).path("id").asLong();
            ok(second.post("/api/v1/inventory/documents/" + later + "/post", books.key, "{}"), 200);
            assertThat(books.lines("2026-02", "inventory-document", later)).as("issued at the re-costed average")
                    .containsExactlyInAnyOrder("Dr 5401 27.60", "Cr 1405 27.60");
        }
        assertProblem(app.post("/api/v1/inventory/documents/" + landed + "/cancel", books.key, "{}"), 409,
                "inventory.already-cancelled");
    }

    @Test
    void a_cancelled_on_time_charge_whose_goods_are_gone_is_reversed_out_of_cost_of_sales() {
        long landed = books.posted(landedCost("2026-01-20", "12.00"));
        books.sale("2026-01-25", warehouse, sku, "6");
        closeJanuary();

        ok(app.post("/api/v1/inventory/documents/" + landed + "/cancel", books.key, "{}"), 200);

        assertThat(books.stockValue("2026-02-28")).isEqualByComparingTo("0.00");
        assertThat(books.closing("2026-02-01", "2026-02-28", "1405")).isEqualByComparingTo("0.00");
        assertThat(books.closing("2026-02-01", "2026-02-28", "5401")).isEqualByComparingTo("-12.00");
    }

    private void close(String month) {
        ok(app.post("/api/v1/accounting/periods/" + month + "/close", books.key, "{}"), 200);
    }

    /**
     * Spec 2.13: a charge that landed at its own date (February, January closed) is cancelled after February closed too:
     * its reversal lands on 1 March, as a late charge does, with its red voucher there; February keeps its figures.
     */
    @Test
    void cancelling_a_charge_landed_at_its_own_date_after_its_month_closed_reverses_it_in_the_earliest_open_period() {
        closeJanuary();
        long landed = books.posted(landedCost("2026-02-03", "12.00"));
        books.sale("2026-02-10", warehouse, sku, "3");
        assertThat(books.stockValue("2026-02-28")).isEqualByComparingTo("36.00");
        close("2026-02");

        JsonNode cancelled = ok(app.post("/api/v1/inventory/documents/" + landed + "/cancel", books.key, "{}"), 200);

        assertThat(cancelled.path("status").asText()).isEqualToIgnoringCase("cancelled");
        assertThat(books.stockValue("2026-02-28")).as("February stays as closed").isEqualByComparingTo("36.00");
        assertThat(books.closing("2026-02-01", "2026-02-28", "1405")).isEqualByComparingTo("36.00");
        assertThat(books.lines("2026-02", "inventory-document", landed)).containsExactly("Dr 1405 12.00", "Cr 220202 12.00");
        assertThat(books.stockValue("2026-03-01")).isEqualByComparingTo("24.00");
        assertThat(books.lines("2026-03", "inventory-document", landed)).as("the red reversal, on 1 March")
                .containsExactlyInAnyOrder("Dr 1405 -12.00", "Cr 220202 -12.00");
        assertThat(books.vouchers("2026-03", "inventory-document", landed).get(0).path("date").asText()).isEqualTo("2026-03-01");
        assertThat(books.closing("2026-03-01", "2026-03-28", "1405")).isEqualByComparingTo("24.00");
        assertThat(books.closing("2026-03-01", "2026-03-28", "220202")).isEqualByComparingTo("-100.00");
        assertProblem(app.post("/api/v1/inventory/documents/" + landed + "/cancel", books.key, "{}"), 409,
                "inventory.already-cancelled");

        try (TestApp second = TestApp.startSecondNode()) {
            long later = ok(second.post("/api/v1/inventory/documents", books.key, StockBooks.doc("issue", "2026-03-10",
                    warehouse, "sale", StockBooks.line(sku, "3", ""))), 201).path("id").asLong();
            ok(second.post("/api/v1/inventory/documents/" + later + "/post", books.key, "{}"), 200);
            assertThat(books.lines("2026-03", "inventory-document", later)).as("replayed: the reversal stays on 1 March")
                    .containsExactlyInAnyOrder("Dr 5401 24.00", "Cr 1405 24.00");
        }
        assertThat(books.stockValue("2026-03-28")).isEqualByComparingTo("0.00");
        assertThat(books.closing("2026-03-01", "2026-03-28", "1405")).isEqualByComparingTo("0.00");
    }

    /**
     * Close January with a charge at the receipt, cancel it (reversed on 1 February), reopen January and reprice the
     * receipt with a second charge of 30.00: the receipt keeps the 12.00 its February reversal takes out (100 + 12 + 30),
     * so stock and GL 1405 agree on both months, and the second charge's voucher is its 30.00.
     */
    @Test
    void reopening_january_and_repricing_the_receipt_after_a_late_cancel_keeps_stock_and_1405_equal() {
        long first = books.posted(landedCost("2026-01-20", "12.00"));
        closeJanuary();
        ok(app.post("/api/v1/inventory/documents/" + first + "/cancel", books.key, "{}"), 200);
        assertThat(books.stockValue("2026-02-01")).isEqualByComparingTo("55.20");
        ok(app.post("/api/v1/accounting/periods/2026-01/reopen", books.key, "{\"reason\":\"freight invoice\"}"), 200);

        long second = books.posted(landedCost("2026-01-25", "30.00"));

        assertThat(books.get("/api/v1/inventory/documents/" + receipt).path("movements").get(0).path("amount").asText())
                .isEqualTo("142.00");
        assertThat(books.lines("2026-01", "inventory-document", second)).containsExactly("Dr 1405 30.00", "Cr 220202 30.00");
        assertThat(books.stockValue("2026-01-31")).isEqualByComparingTo("85.20");
        assertThat(books.closing("2026-01-01", "2026-01-31", "1405")).isEqualByComparingTo("85.20");
        assertThat(books.stockValue("2026-02-28")).isEqualByComparingTo("73.20");
        assertThat(books.closing("2026-01-01", "2026-02-28", "1405")).isEqualByComparingTo("73.20");
        assertThat(books.closing("2026-01-01", "2026-02-28", "220202")).isEqualByComparingTo("-130.00");
        assertProblem(app.post("/api/v1/inventory/documents/" + receipt + "/cancel", books.key, "{}"), 409,
                "inventory.has-dependants");
        closeJanuary();
        assertThat(books.closing("2026-01-01", "2026-02-28", "1405")).isEqualByComparingTo("73.20");
    }
}
