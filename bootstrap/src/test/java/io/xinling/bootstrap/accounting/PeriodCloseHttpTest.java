package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.xinling.bootstrap.accounting.Books.cr;
import static io.xinling.bootstrap.accounting.Books.dr;
import static io.xinling.bootstrap.accounting.Books.line;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** E18 over HTTP: the period balances, close with 结转损益, statements, closed-period refusals, reopen, I-25. */
class PeriodCloseHttpTest {

    private static final String DEPT = "{\"department\":\"D1\"}";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The period balances of E18, entered as two vouchers through the bank account. */
    private static Books e18() {
        Books books = new Books(app);
        books.register("department", "D1");
        books.posted("2026-01-10", dr("1002", "10536.00"), cr("5001", "10000.00"), cr("5051", "500.00"), cr("530199", "36.00"));
        books.posted("2026-01-20", dr("5401", "6200.00"), dr("540399", "120.00"), line("560101", "1500.00", null, DEPT),
                line("560204", "1300.00", null, DEPT), dr("560301", "80.00"), dr("571199", "18.25"), cr("1002", "9218.25"));
        return books;
    }

    @Test
    void e18_close_carries_profit_and_loss_to_3103() {
        Books books = e18();
        var closed = app.post("/api/v1/accounting/periods/2026-01/close", books.preparer.key(), "{}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonNode carry = json(closed).path("carryForward");
        assertThat(carry.path("origin").asText()).isEqualTo("carry-forward");
        assertThat(carry.path("date").asText()).isEqualTo("2026-01-31");
        assertThat(Books.lines(carry)).containsExactly("5001 10000.00/0.00", "5051 500.00/0.00", "530199 36.00/0.00",
                "3103 0.00/10536.00", "3103 9218.25/0.00", "5401 0.00/6200.00", "540399 0.00/120.00", "560101 0.00/1500.00",
                "560204 0.00/1300.00", "560301 0.00/80.00", "571199 0.00/18.25");

        assertProblem(app.post("/api/v1/accounting/vouchers/" + carry.path("id").asLong() + "/reverse", books.preparer.key(),
                "{\"date\":\"2026-02-01\"}"), 409, "accounting.illegal-transition");
        JsonNode tb = books.trialBalance("2026-01-01", "2026-01-31");
        assertThat(tb.path("balanced").asBoolean()).isTrue();
        assertThat(Books.row(tb, "3103").path("closingCredit").asText()).isEqualTo("1317.75");
        for (JsonNode row : tb.path("rows")) {
            if (row.path("account").asText().startsWith("5")) {
                assertThat(row.path("closingDebit").asText() + row.path("closingCredit").asText()).as(row.toString())
                        .isEqualTo("0.000.00");
            }
        }
        Map<Integer, String> income = statement(books, "income-statement");
        assertThat(income).containsEntry(1, "10500.00").containsEntry(2, "6200.00").containsEntry(11, "1500.00")
                .containsEntry(14, "1300.00").containsEntry(18, "80.00").containsEntry(30, "1317.75").containsEntry(32, "1317.75");
        Map<Integer, String> balance = statement(books, "balance-sheet");
        assertThat(balance).containsEntry(1, "1317.75").containsEntry(30, "1317.75").containsEntry(51, "1317.75")
                .containsEntry(53, "1317.75");
    }

    @Test
    void a_closed_period_refuses_everything_dated_in_it() {
        Books books = e18();
        long draft = json(books.enter("2026-01-25", dr("1001", "1.00"), cr("3001", "1.00"))).path("id").asLong();
        assertProblem(app.post("/api/v1/accounting/periods/2026-01/close", books.preparer.key(), "{}"), 422, "accounting.close-blocked");
        app.send(app.request("/api/v1/accounting/vouchers/" + draft, books.preparer.key()).DELETE().build());
        var closed = app.post("/api/v1/accounting/periods/2026-01/close", books.preparer.key(), "{}");
        assertThat(closed.statusCode()).isEqualTo(200);
        // the deleted draft's 记-3 becomes a gap once 结转损益 is numbered 记-4: the close warns of it (5.1 step 7)
        assertThat(json(closed).path("carryForward").path("display").asText()).isEqualTo("记-4");
        assertThat(json(closed).path("warnings").toString()).contains("voucher number gap: 记-3");

        assertProblem(books.enter("2026-01-31", dr("1001", "1.00"), cr("3001", "1.00")), 422, "accounting.period-closed");
        long posted = json(app.get("/api/v1/accounting/vouchers?from=2026-01-01&to=2026-01-15", books.preparer.key()))
                .get(0).path("id").asLong();
        assertProblem(app.post("/api/v1/accounting/vouchers/" + posted + "/reverse", books.preparer.key(), "{\"date\":\"2026-01-31\"}"),
                422, "accounting.period-closed");
        assertThat(app.post("/api/v1/accounting/vouchers/" + posted + "/reverse", books.preparer.key(), "{\"date\":\"2026-02-01\"}")
                .statusCode()).isEqualTo(201);
        assertProblem(app.post("/api/v1/accounting/periods/2026-01/close", books.preparer.key(), "{}"), 409, "accounting.already-closed");
        assertProblem(app.post("/api/v1/accounting/periods/2026-03/close", books.preparer.key(), "{}"), 409,
                "accounting.illegal-close-order");
        assertProblem(app.post("/api/v1/accounting/periods/2026-01/renumber", books.preparer.key(), "{}"), 422, "accounting.period-closed");
    }

    @Test
    void close_reopen_close_gives_identical_balances_and_carry_forward() {
        Books books = e18();
        var admin = app.keyFor(books.preparer.tenant().value(), "admin");
        JsonNode first = json(app.post("/api/v1/accounting/periods/2026-01/close", books.preparer.key(), "{}")).path("carryForward");
        JsonNode closedTb = books.trialBalance("2026-01-01", "2026-01-31");

        assertProblem(app.post("/api/v1/accounting/periods/2026-01/reopen", books.preparer.key(), "{\"reason\":\"x\"}"), 403, "forbidden");
        assertProblem(app.post("/api/v1/accounting/periods/2025-12/reopen", admin.key(), "{\"reason\":\"x\"}"), 409,
                "accounting.illegal-reopen");
        assertProblem(app.post("/api/v1/accounting/periods/2026-01/reopen", admin.key(), "{\"reason\":\" \"}"), 422,
                "accounting.invalid-field");
        var reopened = app.post("/api/v1/accounting/periods/2026-01/reopen", admin.key(), "{\"reason\":\"late invoice\"}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertProblem(app.get("/api/v1/accounting/vouchers/" + first.path("id").asLong(), books.preparer.key()), 404,
                "accounting.voucher-not-found");
        assertThat(Books.row(books.trialBalance("2026-01-01", "2026-01-31"), "3103")).isNull();
        assertThat(json(app.get("/api/v1/accounting/books", books.preparer.key())).has("closedThrough")).isFalse();

        JsonNode second = json(app.post("/api/v1/accounting/periods/2026-01/close", books.preparer.key(), "{}")).path("carryForward");
        assertThat(second.path("provenance").path("contentHash").asText()).isEqualTo(first.path("provenance").path("contentHash").asText());
        assertThat(second.path("display").asText()).isEqualTo(first.path("display").asText());
        assertThat(Books.lines(second)).isEqualTo(Books.lines(first));
        assertThat(books.trialBalance("2026-01-01", "2026-01-31")).isEqualTo(closedTb);
    }

    @Test
    void the_journal_exports_for_hledger() {
        Books books = e18();
        var export = app.get("/api/v1/ledger/export?format=ledger&from=2026-01-01&to=2026-01-31", books.preparer.key());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/plain"));
        assertThat(export.body()).contains("account 5601 销售费用:560101 工资\n")
                .contains("2026-01-10 * (记-1) s\n")
                .contains("5001 主营业务收入").contains("CNY -10000.00").contains("CNY 18.25").contains("; department:D1");
        assertThat(HledgerCheck.balances(export.body())).containsEntry("1002 银行存款", "CNY 1317.75")
                .containsEntry("5001 主营业务收入", "CNY -10000.00");
        assertProblem(app.get("/api/v1/ledger/export?format=csv&from=2026-01-01&to=2026-01-31", books.preparer.key()), 422,
                "validation-failed");

        // February alone: the balances brought forward open the journal, so hledger agrees with the trial balance's closing
        books.posted("2026-02-03", dr("1001", "10.00"), cr("1002", "10.00"));
        String february = app.get("/api/v1/ledger/export?format=ledger&from=2026-02-01&to=2026-02-28", books.preparer.key()).body();
        assertThat(february).contains("2026-02-01 * opening balances\n");
        JsonNode tb = books.trialBalance("2026-02-01", "2026-02-28");
        assertThat(Books.row(tb, "1002").path("closingDebit").asText()).isEqualTo("1307.75");
        assertThat(HledgerCheck.balances(february)).containsEntry("1002 银行存款", "CNY 1307.75").containsEntry("1001 库存现金", "CNY 10.00")
                .containsEntry("5001 主营业务收入", "CNY -10000.00").containsEntry("5711 营业外支出:571199 其他", "CNY 18.25");
    }

    private static Map<Integer, String> statement(Books books, String report) {
        JsonNode doc = books.get("/api/v1/accounting/reports/" + report + "?period=2026-01");
        Map<Integer, String> lines = new HashMap<>();
        doc.path("lines").forEach(l -> lines.put(l.path("line").asInt(), l.path("amount").asText()));
        return lines;
    }

    @Test
    void the_year_end_close_carries_the_profit_to_310401_and_closes_the_other_3104_accounts() {
        Books books = new Books(app);
        books.register("department", "D1");
        books.posted("2025-12-10", dr("1002", "10536.00"), cr("5001", "10000.00"), cr("5051", "500.00"), cr("530199", "36.00"));
        books.posted("2025-12-20", dr("5401", "6200.00"), dr("540399", "120.00"), line("560101", "1500.00", null, DEPT),
                line("560204", "1300.00", null, DEPT), dr("560301", "80.00"), dr("571199", "18.25"), cr("1002", "9218.25"));
        books.posted("2025-12-28", dr("310402", "131.78"), cr("3101", "131.78"));
        books.posted("2025-12-29", dr("190101", "10.00"), cr("1002", "10.00"));
        var admin = app.keyFor(books.preparer.tenant().value(), "admin");

        assertProblem(app.post("/api/v1/accounting/periods/2025-12/close", books.preparer.key(), "{}"), 422,
                "accounting.close-blocked");
        books.posted("2025-12-30", dr("571199", "10.00"), cr("190101", "10.00"));

        var closed = app.post("/api/v1/accounting/periods/2025-12/close", books.preparer.key(), "{}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        // Net profit 1317.75 less the 10.00 loss written off: 1307.75 to 未分配利润, then the appropriation of 131.78.
        JsonNode periodEnd = json(closed).path("periodEnd");
        assertThat(periodEnd.size()).isEqualTo(2);
        assertThat(periodEnd.get(0).path("provenance").path("templateId").asText()).isEqualTo("C-5");
        assertThat(Books.lines(periodEnd.get(0))).containsExactly("3103 1307.75/0.00", "310401 0.00/1307.75");
        assertThat(periodEnd.get(1).path("provenance").path("templateId").asText()).isEqualTo("C-6");
        assertThat(Books.lines(periodEnd.get(1))).containsExactly("310401 131.78/0.00", "310402 0.00/131.78");
        JsonNode tb = books.trialBalance("2025-12-01", "2025-12-31");
        assertThat(tb.path("balanced").asBoolean()).isTrue();
        JsonNode profit = Books.row(tb, "3103");
        assertThat(profit.path("closingDebit").asText() + "/" + profit.path("closingCredit").asText()).isEqualTo("0.00/0.00");
        assertThat(Books.row(tb, "310401").path("closingCredit").asText()).isEqualTo("1175.97");
        JsonNode appropriation = Books.row(tb, "310402");
        assertThat(appropriation.path("closingDebit").asText() + "/" + appropriation.path("closingCredit").asText())
                .isEqualTo("0.00/0.00");

        // Reopen removes C-5 and C-6 with the carry-forward; closing again gives the same vouchers (I-25).
        assertThat(app.post("/api/v1/accounting/periods/2025-12/reopen", admin.key(), "{\"reason\":\"audit\"}").statusCode())
                .isEqualTo(200);
        assertThat(Books.row(books.trialBalance("2025-12-01", "2025-12-31"), "310401")).isNull();
        JsonNode again = json(app.post("/api/v1/accounting/periods/2025-12/close", books.preparer.key(), "{}")).path("periodEnd");
        assertThat(Books.lines(again.get(0))).isEqualTo(Books.lines(periodEnd.get(0)));
        assertThat(Books.lines(again.get(1))).isEqualTo(Books.lines(periodEnd.get(1)));
        assertThat(books.trialBalance("2025-12-01", "2025-12-31")).isEqualTo(tb);
    }
}
