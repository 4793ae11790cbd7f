package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.accounting.Books.cr;
import static io.xinling.bootstrap.accounting.Books.line;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.3 and I-3 over HTTP: project, department, employee, branch and member values on voucher lines name register entries. */
class DimensionRegisterHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String unknown(Books books, String line) {
        return assertProblem(books.enter("2026-11-05", line, cr("3001", "10.00")), 422, "accounting.invalid-field")
                .path("detail").asText();
    }

    @Test
    void each_register_takes_entries_once_and_lists_them_in_code_order() {
        Books books = new Books(app);
        String path = "/api/v1/accounting/dimensions/project";
        var made = app.post(path, books.preparer.key(), "{\"code\":\"P2\",\"name\":\"门店改造\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(json(made).path("dimension").asText()).isEqualTo("project");
        books.register("project", "P1");
        assertProblem(app.post(path, books.preparer.key(), "{\"code\":\"P1\",\"name\":\"again\"}"), 409,
                "accounting.dimension-value-conflict");
        JsonNode listed = books.get(path);
        assertThat(listed.findValuesAsText("code")).containsExactly("P1", "P2");
        assertThat(listed.get(1).path("name").asText()).isEqualTo("门店改造");
        // registers are per tenant
        assertThat(new Books(app).get(path)).isEmpty();

        assertProblem(app.post(path, books.preparer.key(), "{\"code\":\"a b\",\"name\":\"x\"}"), 422, "accounting.invalid-field");
        assertProblem(app.post(path, books.preparer.key(), "{\"code\":\"P3\"}"), 422, "accounting.invalid-field");
        assertProblem(app.post("/api/v1/accounting/dimensions/customer", books.preparer.key(), "{\"code\":\"C\",\"name\":\"x\"}"),
                422, "accounting.invalid-field");
        assertProblem(app.get("/api/v1/accounting/dimensions/colour", books.preparer.key()), 422, "accounting.invalid-field");
    }

    @Test
    void a_voucher_line_naming_an_unregistered_value_is_refused_and_a_registered_one_posts() {
        Books books = new Books(app);
        int before = books.get("/api/v1/accounting/vouchers?from=2026-11-01&to=2026-11-30").size();
        assertThat(unknown(books, line("560101", "10.00", null, "{\"department\":\"D9\"}")))
                .contains("lines[0].dimensions.department", "no department D9");
        assertThat(unknown(books, line("122101", "10.00", null, "{\"employee\":\"E1\"}")))
                .contains("lines[0].dimensions.employee", "no employee E1");
        assertThat(unknown(books, line("220302", "10.00", null, "{\"member\":\"M1\"}")))
                .contains("no member M1");
        assertThat(unknown(books, line("122102", "10.00", null, "{\"branch\":\"77\"}")))
                .contains("no branch 77");
        assertThat(books.get("/api/v1/accounting/vouchers?from=2026-11-01&to=2026-11-30").size()).isEqualTo(before);

        books.register("department", "D9");
        books.register("employee", "E1");
        books.register("member", "M1");
        books.register("branch", "77");
        books.posted("2026-11-05", line("560101", "10.00", null, "{\"department\":\"D9\"}"), cr("3001", "10.00"));
        books.posted("2026-11-05", line("122101", "10.00", null, "{\"employee\":\"E1\"}"), cr("3001", "10.00"));
        books.posted("2026-11-05", line("220302", "10.00", null, "{\"member\":\"M1\"}"), cr("3001", "10.00"));
        books.posted("2026-11-05", line("122102", "10.00", null, "{\"branch\":\"77\"}"), cr("3001", "10.00"));
        assertThat(books.get("/api/v1/accounting/vouchers?from=2026-11-01&to=2026-11-30").size()).isEqualTo(before + 4);
    }
}
