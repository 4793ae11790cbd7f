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

/** Manual vouchers over HTTP: entry rules, review, reversal, numbering, roles and tenant isolation. */
class VoucherHttpTest {

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
    void a_posted_voucher_moves_the_trial_balance() {
        Books books = new Books(app);
        JsonNode voucher = books.posted("2026-01-05", dr("1002", "1000.00"), cr("3001", "1000.00"));
        assertThat(voucher.path("status").asText()).isEqualTo("posted");
        assertThat(voucher.path("display").asText()).isEqualTo("记-1");
        assertThat(voucher.path("reviewerId").asLong()).isEqualTo(books.reviewer.user().value());

        JsonNode tb = books.trialBalance("2026-01-01", "2026-01-31");
        assertThat(tb.path("balanced").asBoolean()).isTrue();
        assertThat(Books.row(tb, "1002").path("closingDebit").asText()).isEqualTo("1000.00");
        assertThat(Books.row(tb, "3001").path("closingCredit").asText()).isEqualTo("1000.00");
        assertThat(tb.path("debit").asText()).isEqualTo("1000.00");
        JsonNode february = books.trialBalance("2026-02-01", "2026-02-10");
        assertThat(Books.row(february, "1002").path("openingDebit").asText()).isEqualTo("1000.00");
        assertThat(Books.row(february, "1002").path("debit").asText()).isEqualTo("0.00");
    }

    @Test
    void a_draft_does_not_move_balances_and_the_preparer_may_not_review_it() {
        Books books = new Books(app);
        var entered = json(books.enter("2026-01-05", dr("1001", "5.00"), cr("3001", "5.00")));
        assertThat(entered.path("status").asText()).isEqualTo("draft");
        assertThat(Books.row(books.trialBalance("2026-01-01", "2026-01-31"), "1001")).isNull();
        assertProblem(app.post("/api/v1/accounting/vouchers/" + entered.path("id").asLong() + "/post", books.preparer.key(), "{}"),
                422, "accounting.self-review");
        books.post(entered.path("id").asLong());
        assertProblem(app.post("/api/v1/accounting/vouchers/" + entered.path("id").asLong() + "/post", books.reviewer.key(), "{}"),
                409, "accounting.illegal-transition");
    }

    @Test
    void refused_vouchers_write_nothing() {
        Books books = new Books(app);
        assertProblem(books.enter("2026-01-05", dr("1002", "100.00"), cr("3001", "99.99")), 422, "accounting.voucher-unbalanced");
        assertProblem(books.enter("2026-01-05", dr("1002", "100.00"), dr("1002", "-100.00")), 422, "accounting.voucher-empty");
        assertProblem(books.enter("2026-01-05", dr("1012", "1.00"), cr("3001", "1.00")), 422, "accounting.account-not-leaf");
        assertProblem(books.enter("2026-01-05", dr("1122", "1.00"), cr("5001", "1.00")), 422, "accounting.missing-dimension");
        assertProblem(books.enter("2026-01-05", dr("9999", "1.00"), cr("3001", "1.00")), 422, "accounting.unknown-account");
        assertProblem(books.enter("2026-01-05", line("1002", "1.00", "1.00", null), cr("3001", "0")), 422, "accounting.invalid-field");
        assertProblem(books.enter("2026-01-05", dr("1002", "1.001"), cr("3001", "1.001")), 422, "accounting.invalid-field");
        assertProblem(app.post("/api/v1/accounting/vouchers", books.preparer.key(), "{\"date\":\"2026-01-05\",\"lines\":[],\"x\":1}"),
                422, "validation-failed");
        assertProblem(app.post("/api/v1/accounting/vouchers", books.preparer.key(), "{nope"), 400, "malformed-json");
        assertThat(books.get("/api/v1/accounting/vouchers?from=2026-01-01&to=2026-12-31").size()).isZero();
    }

    @Test
    void red_ink_lines_and_customer_dimensions_are_accepted() {
        Books books = new Books(app);
        String c001 = books.partner("customer");
        JsonNode v = books.posted("2026-03-02", line("1122", "113.00", null, "{\"customer\":\"" + c001 + "\"}"),
                cr("5001", "100.00"), cr("22210102", "13.00"), dr("5401", "60.00"),
                line("1405", null, "60.00", "{\"item\":\"" + books.sku() + "\"}"));
        assertThat(v.path("debitTotal").asText()).isEqualTo("173.00");
        JsonNode red = books.posted("2026-03-03", line("5001", null, "-10.00", null), line("1122", "-10.00", null,
                "{\"customer\":\"" + c001 + "\"}"));
        assertThat(red.path("debitTotal").asText()).isEqualTo("-10.00");
        JsonNode filtered = books.get("/api/v1/accounting/trial-balance?from=2026-03-01&to=2026-03-31&customer=" + c001);
        assertThat(Books.row(filtered, "1122").path("closingDebit").asText()).isEqualTo("103.00");
        assertThat(Books.row(filtered, "5001")).isNull();
    }

    @Test
    void a_reversal_is_a_red_ink_draft_that_restores_the_balances_once_posted() {
        Books books = new Books(app);
        long id = books.posted("2026-04-01", dr("1002", "250.00"), cr("2001", "250.00")).path("id").asLong();
        var reversal = app.post("/api/v1/accounting/vouchers/" + id + "/reverse", books.preparer.key(), "{\"date\":\"2026-04-20\"}");
        assertThat(reversal.statusCode()).as(reversal.body()).isEqualTo(201);
        JsonNode r = json(reversal);
        assertThat(Books.lines(r)).containsExactly("1002 -250.00/0.00", "2001 0.00/-250.00");
        assertThat(r.path("reversalOf").asLong()).isEqualTo(id);
        assertProblem(app.post("/api/v1/accounting/vouchers/" + id + "/reverse", books.preparer.key(), "{\"date\":\"2026-04-21\"}"),
                409, "accounting.already-reversed");
        books.post(r.path("id").asLong());
        // red ink nets the turnover as well as the balance: April shows no movement on 1002 at all (3.4.7)
        assertThat(Books.row(books.trialBalance("2026-04-01", "2026-04-30"), "1002")).isNull();
        assertThat(Books.row(books.trialBalance("2026-04-01", "2026-04-10"), "1002").path("closingDebit").asText()).isEqualTo("250.00");
    }

    @Test
    void numbers_run_per_period_and_word_and_renumbering_closes_gaps() {
        Books books = new Books(app);
        long first = json(books.enter("2026-05-03", dr("1001", "1.00"), cr("3001", "1.00"))).path("id").asLong();
        json(books.enter("2026-05-04", dr("1001", "2.00"), cr("3001", "2.00")));
        var third = json(books.enter("2026-05-05", dr("1001", "3.00"), cr("3001", "3.00")));
        assertThat(third.path("number").asInt()).isEqualTo(3);
        var other = app.post("/api/v1/accounting/vouchers", books.preparer.key(),
                "{\"word\":\"收\",\"date\":\"2026-05-05\",\"lines\":[" + dr("1001", "3.00") + "," + cr("3001", "3.00") + "]}");
        assertThat(json(other).path("display").asText()).isEqualTo("收-1");
        assertThat(app.send(app.request("/api/v1/accounting/vouchers/" + first, books.preparer.key()).DELETE().build()).statusCode())
                .isEqualTo(200);
        var renumbered = app.post("/api/v1/accounting/periods/2026-05/renumber", books.preparer.key(), "{}");
        assertThat(json(renumbered).path("renumbered").asInt()).isEqualTo(2);
        JsonNode list = books.get("/api/v1/accounting/vouchers?from=2026-05-01&to=2026-05-31");
        assertThat(list.findValuesAsText("display")).containsExactlyInAnyOrder("记-1", "记-2", "收-1");
        assertThat(list.findValuesAsText("debitTotal")).containsExactlyInAnyOrder("2.00", "3.00", "3.00");
    }

    @Test
    void roles_and_tenants_are_enforced() {
        Books books = new Books(app);
        long id = books.posted("2026-01-05", dr("1002", "1.00"), cr("3001", "1.00")).path("id").asLong();
        var viewer = app.keyFor(books.preparer.tenant().value(), "viewer");
        assertProblem(app.post("/api/v1/accounting/vouchers", viewer.key(), Books.voucher("2026-01-05", dr("1002", "1.00"),
                cr("3001", "1.00"))), 403, "forbidden");
        assertThat(app.get("/api/v1/accounting/trial-balance?from=2026-01-01&to=2026-01-31", viewer.key()).statusCode()).isEqualTo(200);
        var cashier = app.keyFor(books.preparer.tenant().value(), "cashier");
        assertProblem(app.get("/api/v1/accounting/vouchers/" + id, cashier.key()), 403, "forbidden");
        var stranger = app.newTenant("accountant");
        assertProblem(app.get("/api/v1/accounting/vouchers/" + id, stranger.key()), 404, "accounting.voucher-not-found");
        assertProblem(app.post("/api/v1/accounting/vouchers/" + id + "/post", stranger.key(), "{}"), 404, "accounting.voucher-not-found");
        assertProblem(app.get("/api/v1/accounting/vouchers/abc", stranger.key()), 404, "accounting.voucher-not-found");
        assertProblem(app.get("/api/v1/accounting/trial-balance?from=2026-13-01&to=2026-01-31", stranger.key()), 422, "validation-failed");
    }
}
