package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.xinling.bootstrap.accounting.Books.cr;
import static io.xinling.bootstrap.accounting.Books.dr;
import static io.xinling.bootstrap.accounting.Books.line;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** E19 and E20 over HTTP: the VAT return from the ledger, and the close wizard's C-2 and C-3 vouchers. */
class PeriodEndHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String vatLine(JsonNode vat, int line) {
        for (JsonNode l : vat.path("lines")) {
            if (l.path("line").asInt() == line) {
                return l.path("amount").asText();
            }
        }
        throw new AssertionError("no line " + line + " in " + vat);
    }

    private static List<String> periodEnd(JsonNode closed) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : closed.path("periodEnd")) {
            out.add(v.path("provenance").path("templateId").asText() + ": " + String.join(", ", Books.lines(v)));
        }
        return out;
    }

    private static JsonNode close(Books books, String period) {
        var closed = app.post("/api/v1/accounting/periods/" + period + "/close", books.preparer.key(), "{}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        return json(closed);
    }

    @Test
    void e19_vat_carry_and_urban_surcharges_are_posted_by_the_close_and_removed_by_a_reopen() {
        Books books = new Books(app);
        // cash sale and purchase paid from the bank, goods in transit: no subledger to reconcile at the close (5.1 step 5)
        books.posted("2026-03-05", dr("1001", "116000.00"), cr("5001", "100000.00"), cr("22210102", "16000.00"));
        books.posted("2026-03-06", dr("1402", "80769.23"), dr("22210101", "10500.00"), cr("1002", "91269.23"));
        books.posted("2026-03-07", dr("190101", "300.00"), cr("22210103", "300.00"));

        JsonNode vat = books.get("/api/v1/accounting/tax/vat-return?period=2026-03");
        assertThat(vat.path("taxpayerKind").asText()).isEqualTo("general");
        assertThat(vatLine(vat, 11)).isEqualTo("16000.00");
        assertThat(vatLine(vat, 12)).isEqualTo("10500.00");
        assertThat(vatLine(vat, 14)).isEqualTo("300.00");
        assertThat(vatLine(vat, 17)).isEqualTo("10200.00");
        assertThat(vatLine(vat, 18)).isEqualTo("10200.00");
        assertThat(vatLine(vat, 19)).isEqualTo("5800.00");
        assertThat(vatLine(vat, 20)).isEqualTo("0.00");
        assertThat(vatLine(vat, 24)).isEqualTo("5800.00");
        assertThat(vat.path("toCarry").asText()).isEqualTo("5800.00");

        JsonNode closed = close(books, "2026-03");
        List<String> generated = periodEnd(closed);
        assertThat(generated).containsExactly("C-2: 22210105 5800.00/0.00, 222102 0.00/5800.00",
                "C-3: 540303 406.00/0.00, 540310 174.00/0.00, 540311 116.00/0.00, 222103 0.00/406.00, 222104 0.00/174.00,"
                        + " 222105 0.00/116.00");
        assertThat(Books.lines(closed.path("carryForward"))).contains("540303 0.00/406.00", "540310 0.00/174.00",
                "540311 0.00/116.00");
        // a reopen removes the close's vouchers, so they are corrected by reopening, never by a reversal
        for (JsonNode v : closed.path("periodEnd")) {
            assertProblem(app.post("/api/v1/accounting/vouchers/" + v.path("id").asLong() + "/reverse", books.preparer.key(),
                    "{\"date\":\"2026-04-15\"}"), 409, "accounting.illegal-transition");
        }
        JsonNode tb = books.trialBalance("2026-03-01", "2026-03-31");
        assertThat(tb.path("balanced").asBoolean()).isTrue();
        assertThat(Books.row(tb, "222102").path("closingCredit").asText()).isEqualTo("5800.00");
        assertThat(Books.row(tb, "222101").path("closingDebit").asText()).isEqualTo("0.00");
        assertThat(Books.row(tb, "222101").path("closingCredit").asText()).isEqualTo("0.00");
        assertThat(Books.row(tb, "2221").path("closingCredit").asText()).isEqualTo("6496.00");
        JsonNode income = books.get("/api/v1/accounting/reports/income-statement?period=2026-03");
        assertThat(income.path("lines").get(2).path("amount").asText()).isEqualTo("696.00");
        assertThat(income.path("lines").get(5).path("line").asInt()).isEqualTo(6);
        assertThat(income.path("lines").get(5).path("amount").asText()).as("城市维护建设税").isEqualTo("406.00");
        assertThat(income.path("lines").get(9).path("amount").asText()).as("教育费附加 and 地方教育附加").isEqualTo("290.00");
        assertThat(vatLine(books.get("/api/v1/accounting/tax/vat-return?period=2026-03"), 1)).isEqualTo("100000.00");

        var reopened = app.post("/api/v1/accounting/periods/2026-03/reopen", app.keyFor(books.preparer.tenant().value(), "admin").key(),
                "{\"reason\":\"late invoice\"}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        JsonNode open = books.trialBalance("2026-03-01", "2026-03-31");
        assertThat(Books.row(open, "222102") == null || Books.row(open, "222102").path("closingCredit").asText().equals("0.00"))
                .as(open.toString()).isTrue();
        assertThat(Books.row(open, "222101").path("closingCredit").asText()).isEqualTo("5800.00");
        JsonNode again = close(books, "2026-03");
        assertThat(periodEnd(again)).isEqualTo(generated);
        assertThat(again.path("periodEnd").get(0).path("provenance").path("contentHash").asText())
                .isEqualTo(closed.path("periodEnd").get(0).path("provenance").path("contentHash").asText());
    }

    @Test
    void e20_small_scale_taxpayer_gets_no_carry_and_half_surcharges() {
        Books books = new Books(app);
        String admin = app.keyFor(books.preparer.tenant().value(), "admin").key();
        assertProblem(app.post("/api/v1/accounting/books/settings", admin, "{\"taxpayerKind\":\"tiny\"}"), 422, "validation-failed");
        var set = app.post("/api/v1/accounting/books/settings", admin, "{\"taxpayerKind\":\"small-scale\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(json(set).path("taxpayerKind").asText()).isEqualTo("small-scale");
        assertThat(json(set).path("taxLocation").asText()).isEqualTo("urban");
        // 3.2: a small-scale taxpayer uses 222101 without special columns
        assertProblem(books.enter("2026-04-10", dr("1001", "100.00"), cr("22210102", "100.00")), 422, "accounting.unknown-account");
        books.posted("2026-04-10", dr("1001", "10100.00"), cr("5001", "10000.00"), cr("222101", "100.00"));
        books.posted("2026-04-11", dr("1402", "1130.00"), cr("1002", "1130.00"));

        JsonNode vat = books.get("/api/v1/accounting/tax/vat-return?period=2026-04");
        assertThat(vat.path("taxpayerKind").asText()).isEqualTo("small-scale");
        assertThat(vatLine(vat, 1)).isEqualTo("10000.00");
        assertThat(vatLine(vat, 15)).isEqualTo("300.00");
        assertThat(vatLine(vat, 16)).isEqualTo("200.00");
        assertThat(vatLine(vat, 20)).isEqualTo("100.00");
        assertThat(vat.path("belowThreshold").asBoolean()).isTrue();

        JsonNode closed = close(books, "2026-04");
        assertThat(periodEnd(closed)).containsExactly("C-3: 540303 3.50/0.00, 540310 1.50/0.00, 540311 1.00/0.00,"
                + " 222103 0.00/3.50, 222104 0.00/1.50, 222105 0.00/1.00");
        JsonNode tb = books.trialBalance("2026-04-01", "2026-04-30");
        assertThat(Books.row(tb, "1402").path("closingDebit").asText()).isEqualTo("1130.00");
        assertThat(Books.row(tb, "222101").path("closingCredit").asText()).isEqualTo("100.00");
        // the return is filed after the close: 结转损益 empties 5001, but the period's sales are still its sales
        JsonNode filed = books.get("/api/v1/accounting/tax/vat-return?period=2026-04");
        assertThat(vatLine(filed, 1)).isEqualTo("10000.00");
        assertThat(vatLine(filed, 15)).isEqualTo("300.00");
        assertThat(vatLine(filed, 16)).isEqualTo("200.00");
        assertThat(vatLine(filed, 20)).isEqualTo("100.00");
    }

    @Test
    void e23_fx_revaluation_at_the_closing_rate_posts_the_gain_to_560302() {
        Books books = new Books(app);
        String usd = "{\"summary\":\"USD deposit\",\"account\":\"1002\",\"debit\":\"7100.00\",\"currency\":\"USD\","
                + "\"originalAmount\":\"1000.00\",\"rate\":\"7.1000\"}";
        assertProblem(books.enter("2026-05-02", usd.replace("7100.00", "7000.00"), cr("3001", "7000.00")), 422,
                "accounting.invalid-field");
        JsonNode deposit = books.posted("2026-05-02", usd, cr("3001", "7100.00"));
        assertThat(deposit.path("lines").get(0).path("originalAmount").asText()).isEqualTo("1000.00");
        assertProblem(app.post("/api/v1/accounting/periods/2026-05/close", books.preparer.key(), "{}"), 422,
                "accounting.invalid-field");
        var closed = app.post("/api/v1/accounting/periods/2026-05/close", books.preparer.key(),
                "{\"closingRates\":{\"USD\":\"7.1500\"}}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(periodEnd(json(closed))).containsExactly("C-1: 1002 50.00/0.00, 560302 0.00/50.00");
        JsonNode tb = books.trialBalance("2026-05-01", "2026-05-31");
        assertThat(Books.row(tb, "1002").path("closingDebit").asText()).isEqualTo("7150.00");
        JsonNode income = books.get("/api/v1/accounting/reports/income-statement?period=2026-05");
        for (JsonNode l : income.path("lines")) {
            if (l.path("line").asInt() == 18) {
                assertThat(l.path("amount").asText()).isEqualTo("-50.00");
            }
        }
        var june = app.post("/api/v1/accounting/periods/2026-06/close", books.preparer.key(),
                "{\"closingRates\":{\"USD\":\"7.1500\"}}");
        assertThat(june.statusCode()).as(june.body()).isEqualTo(200);
        assertThat(json(june).path("periodEnd").size()).isEqualTo(0);
    }
}
