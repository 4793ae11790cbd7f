package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.accounting.Books.cr;
import static io.xinling.bootstrap.accounting.Books.dr;
import static io.xinling.bootstrap.accounting.Books.line;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Voucher input over HTTP: amounts only as documented decimal strings, a draft keeps its word, a bad id is named. */
class VoucherInputFormsHttpTest {

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
    void amounts_are_decimal_strings_words_stay_and_ids_are_named() {
        Books books = new Books(app);
        String body = Books.voucher("2026-05-02", dr("1002", "100.00"), cr("3001", "100.00"));
        assertProblem(books.enter("2026-05-02", dr("1002", "1e2"), cr("3001", "100.00")), 422, "accounting.invalid-field");
        assertProblem(books.enter("2026-05-02", dr("1002", "100.001"), cr("3001", "100.001")), 422, "accounting.invalid-field");
        assertProblem(app.post("/api/v1/accounting/vouchers", books.preparer.key(), body.replace("\"debit\":\"100.00\"",
                "\"debit\":100")), 422, "validation-failed");
        int before = books.get("/api/v1/accounting/vouchers?from=2026-05-01&to=2026-05-31").size();
        assertThat(before).isZero();

        JsonNode entered = json(books.enter("2026-05-02", dr("1002", "100.00"), cr("3001", "100.00")));
        long id = entered.path("id").asLong();
        String other = body.replace("{\"date\"", "{\"word\":\"收\",\"date\"");
        assertProblem(app.put("/api/v1/accounting/vouchers/" + id, books.preparer.key(), other), 422, "accounting.invalid-field");
        assertThat(books.get("/api/v1/accounting/vouchers/" + id).path("word").asText()).isEqualTo(entered.path("word").asText());
        var same = app.put("/api/v1/accounting/vouchers/" + id, books.preparer.key(),
                body.replace("{\"date\"", "{\"word\":\"" + entered.path("word").asText() + "\",\"date\""));
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);

        JsonNode abc = assertProblem(app.get("/api/v1/accounting/vouchers/abc", books.preparer.key()), 404,
                "accounting.voucher-not-found");
        assertThat(abc.path("detail").asText()).contains("'abc'");
    }
    @Test
    void dates_and_periods_outside_the_business_dates_are_a_problem_naming_the_parameter() {
        Books books = new Books(app);
        String key = books.preparer.key();
        for (String path : java.util.List.of(
                "/api/v1/accounting/trial-balance?from=-999999999-01-01&to=-999999999-01-31",
                "/api/v1/accounting/vouchers?from=-999999999-01-01&to=-999999999-01-31",
                "/api/v1/accounting/detail-ledger?account=1001&from=-999999999-01-01&to=-999999999-01-31",
                "/api/v1/ledger/export?format=ledger&from=-999999999-01-01&to=-999999999-01-31",
                "/api/v1/accounting/general-ledger?from=-999999999-01&to=-999999999-02",
                "/api/v1/accounting/reports/balance-sheet?period=-999999999-01",
                "/api/v1/accounting/reports/income-statement?period=-999999999-01",
                "/api/v1/accounting/reports/cash-flow?period=-999999999-01",
                "/api/v1/accounting/tax/vat-return?period=-999999999-01")) {
            JsonNode refused = assertProblem(app.get(path, key), 422, "validation-failed");
            assertThat(refused.path("detail").asText()).as(path).contains("1900");
        }
        assertProblem(app.post("/api/v1/accounting/periods/-999999999-01/close", key, "{}"), 422, "validation-failed");
        assertProblem(app.post("/api/v1/accounting/periods/-999999999-01/renumber", key, "{}"), 422, "validation-failed");
        JsonNode generate = assertProblem(app.post("/api/v1/accounting/vouchers/generate", key,
                "{\"from\":\"-999999999-01-01\",\"to\":\"2026-01-31\"}"), 422, "accounting.invalid-field");
        assertThat(generate.path("detail").asText()).startsWith("from:").contains("1900");
        // a voucher of year 1 or 0226 is a typo for 2026: refused like a document's date
        JsonNode typo = assertProblem(books.enter("0226-05-02", dr("1002", "1.00"), cr("3001", "1.00")), 422,
                "accounting.invalid-field");
        assertThat(typo.path("detail").asText()).startsWith("date:");
        long id = books.posted("2026-05-02", dr("1002", "1.00"), cr("3001", "1.00")).path("id").asLong();
        assertProblem(app.post("/api/v1/accounting/vouchers/" + id + "/reverse", key, "{\"date\":\"0001-01-01\"}"), 422,
                "accounting.invalid-field");
        assertThat(books.get("/api/v1/accounting/vouchers?from=1900-01-01&to=2026-04-30").size()).isZero();
    }

    @Test
    void text_with_the_nul_character_is_refused_naming_the_field_and_writes_nothing() {
        Books books = new Books(app);
        String key = books.preparer.key();
        JsonNode summary = assertProblem(books.enter("2026-05-03", line("1001", "1.00", null, null).replace("\"s\"", "\"a\\u0000b\""),
                cr("3001", "1.00")), 422, "validation-failed");
        assertThat(summary.path("detail").asText()).startsWith("lines[0].summary:").contains("NUL");
        assertProblem(app.post("/api/v1/accounting/dimensions/project", key, "{\"code\":\"P\\u0000\",\"name\":\"x\"}"), 422,
                "validation-failed");
        assertProblem(app.post("/api/v1/accounting/accounts", key, "{\"code\":\"560199\",\"name\":\"x\\u0000\"}"), 422,
                "validation-failed");
        assertProblem(app.get("/api/v1/accounting/trial-balance?from=2026-05-01&to=2026-05-31&customer=%00", key), 422,
                "validation-failed");
        assertProblem(app.get("/api/v1/accounting/detail-ledger?account=1122&from=2026-05-01&to=2026-05-31&customer=%00", key), 422,
                "validation-failed");
        assertThat(books.get("/api/v1/accounting/vouchers?from=2026-05-01&to=2026-05-31").size()).isZero();
        assertThat(books.get("/api/v1/accounting/accounts").findValuesAsText("code")).doesNotContain("560199");
    }
}
