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

/** Spec 5.1 and I-21 over HTTP: the first close cannot skip an earlier period that has postings. */
class PeriodOrderHttpTest {

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
    void the_first_close_waits_for_the_earliest_period_with_postings_and_each_gets_its_carry_forward() {
        Books books = new Books(app);
        books.posted("2026-09-10", dr("1001", "300.00"), cr("5001", "300.00"));
        books.posted("2026-10-10", dr("1001", "200.00"), cr("5001", "200.00"));

        JsonNode refused = assertProblem(app.post("/api/v1/accounting/periods/2026-10/close", books.preparer.key(), "{}"), 422,
                "accounting.earlier-period-open");
        assertThat(refused.path("detail").asText()).contains("2026-09");
        assertThat(books.get("/api/v1/accounting/books").path("closedThrough").isTextual()).isFalse();

        var september = app.post("/api/v1/accounting/periods/2026-09/close", books.preparer.key(), "{}");
        assertThat(september.statusCode()).as(september.body()).isEqualTo(200);
        var october = app.post("/api/v1/accounting/periods/2026-10/close", books.preparer.key(), "{}");
        assertThat(october.statusCode()).as(october.body()).isEqualTo(200);
        // I-21 for each period: 5001 is zero at the end of September, and October's carry-forward moved only October's 200
        JsonNode tbSeptember = books.trialBalance("2026-09-01", "2026-09-30");
        assertThat(Books.row(tbSeptember, "5001").path("closingCredit").asText()).isEqualTo("0.00");
        assertThat(Books.lines(json(october).path("carryForward"))).contains("5001 200.00/0.00");
    }
}
