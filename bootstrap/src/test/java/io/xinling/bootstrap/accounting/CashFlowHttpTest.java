package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.xinling.bootstrap.accounting.Books.cr;
import static io.xinling.bootstrap.accounting.Books.dr;
import static io.xinling.bootstrap.accounting.Books.line;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** 现金流量表 over HTTP: items entered by hand, the rest classified; line 20 ties to the trial balance (I-23). */
class CashFlowHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String amount(JsonNode statement, int line, String column) {
        for (JsonNode l : statement.path("lines")) {
            if (l.path("line").asInt() == line) {
                return l.path(column).asText();
            }
        }
        throw new AssertionError("no line " + line);
    }

    private static BigDecimal cash(JsonNode trialBalance, String column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String account : new String[] {"1001", "1002", "1012"}) {
            JsonNode row = Books.row(trialBalance, account);
            if (row != null) {
                sum = sum.add(new BigDecimal(row.path(column + "Debit").asText()))
                        .subtract(new BigDecimal(row.path(column + "Credit").asText()));
            }
        }
        return sum;
    }

    @Test
    void the_statement_classifies_cash_lines_and_ties_to_the_change_in_cash() {
        Books books = new Books(app);
        books.posted("2026-01-10", dr("1001", "1000.00"), cr("3001", "1000.00"));
        books.posted("2026-02-03", dr("1002", "11300.00"), cr("5001", "10000.00"), cr("22210102", "1300.00"));
        books.posted("2026-02-04", line("1123", "2000.00", null, "{\"supplier\":\"" + books.partner("supplier") + "\"}"),
                cr("1002", "2000.00"));
        books.posted("2026-02-05", dr("1002", "500.00"), cr("1001", "500.00"));
        books.posted("2026-02-06", dr("221101", "300.00"), cr("1002", "300.00"));
        books.posted("2026-02-07", line("1002", "200.00", null, "{\"cash_flow\":\"CF09\"}"), cr("530199", "200.00"));
        books.posted("2026-02-08", dr("1002", "1000.00"), cr("2001", "1000.00"));
        assertProblem(books.enter("2026-02-09", line("1001", "1.00", null, "{\"cash_flow\":\"CF07\"}"), cr("530199", "1.00")),
                422, "accounting.invalid-field");
        assertProblem(books.enter("2026-02-09", dr("1001", "1.00"), line("530199", null, "1.00", "{\"cash_flow\":\"CF02\"}")),
                422, "accounting.invalid-field");

        JsonNode statement = books.get("/api/v1/accounting/reports/cash-flow?period=2026-02");
        assertThat(amount(statement, 1, "amount")).isEqualTo("11300.00");
        assertThat(amount(statement, 2, "amount")).isEqualTo("0.00");
        assertThat(amount(statement, 3, "amount")).isEqualTo("2000.00");
        assertThat(amount(statement, 4, "amount")).isEqualTo("300.00");
        assertThat(amount(statement, 7, "amount")).isEqualTo("9000.00");
        assertThat(amount(statement, 9, "amount")).isEqualTo("200.00");
        assertThat(amount(statement, 14, "amount")).isEqualTo("1000.00");
        assertThat(amount(statement, 15, "amount")).isEqualTo("0.00");
        assertThat(amount(statement, 15, "comparative")).isEqualTo("1000.00");
        assertThat(amount(statement, 21, "amount")).isEqualTo("1000.00");
        assertThat(amount(statement, 22, "comparative")).isEqualTo("11200.00");

        JsonNode tb = books.trialBalance("2026-02-01", "2026-02-28");
        BigDecimal change = cash(tb, "closing").subtract(cash(tb, "opening"));
        assertThat(new BigDecimal(amount(statement, 20, "amount"))).isEqualByComparingTo(change);
        assertThat(new BigDecimal(amount(statement, 22, "amount"))).isEqualByComparingTo(cash(tb, "closing"));
        assertThat(statement.path("ties").asBoolean()).isTrue();

        JsonNode range = books.get("/api/v1/accounting/reports/cash-flow?from=2026-01-01&to=2026-02-28");
        assertThat(amount(range, 20, "amount")).isEqualTo("11200.00");
        assertThat(amount(range, 21, "amount")).isEqualTo("0.00");
        assertProblem(app.get("/api/v1/accounting/reports/cash-flow?period=2026-13", books.preparer.key()), 422,
                "validation-failed");
    }
}
