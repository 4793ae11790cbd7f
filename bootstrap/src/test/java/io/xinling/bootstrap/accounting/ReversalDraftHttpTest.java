package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.accounting.Books.cr;
import static io.xinling.bootstrap.accounting.Books.dr;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** A reversal draft over HTTP: it reverses its original in full, so its lines cannot be edited into a partial reversal. */
class ReversalDraftHttpTest {

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
    void a_reversal_is_dated_on_or_after_its_original_and_keeps_its_lines_so_the_original_is_reversed_in_full_or_not_at_all() {
        Books books = new Books(app);
        long id = books.posted("2026-04-01", dr("1002", "250.00"), cr("2001", "250.00")).path("id").asLong();
        JsonNode early = assertProblem(app.post("/api/v1/accounting/vouchers/" + id + "/reverse", books.preparer.key(),
                "{\"date\":\"2026-03-31\"}"), 422, "accounting.invalid-field");
        assertThat(early.path("detail").asText()).isEqualTo("date: a reversal is dated on or after the voucher it reverses (2026-04-01)");
        JsonNode reversal = json(app.post("/api/v1/accounting/vouchers/" + id + "/reverse", books.preparer.key(),
                "{\"date\":\"2026-04-20\"}"));
        long draft = reversal.path("id").asLong();
        String half = Books.voucher("2026-04-20", dr("1002", "-100.00"), cr("2001", "-100.00"));
        assertProblem(app.put("/api/v1/accounting/vouchers/" + draft, books.preparer.key(), half), 409,
                "accounting.illegal-reversal-edit");
        String moved = Books.voucher("2026-04-21", dr("1002", "-250.00"), cr("2001", "-250.00"));
        assertProblem(app.put("/api/v1/accounting/vouchers/" + draft, books.preparer.key(), moved.replace("\"s\"", "\"改\"")),
                409, "accounting.illegal-reversal-edit");
        JsonNode kept = books.get("/api/v1/accounting/vouchers/" + draft);
        assertThat(Books.lines(kept)).containsExactly("1002 -250.00/0.00", "2001 0.00/-250.00");
        books.post(draft);
        assertThat(Books.row(books.trialBalance("2026-04-01", "2026-04-30"), "1002")).isNull();
    }
}
