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

/** Sub-accounts, draft edits, general and detail ledgers over HTTP. */
class LedgerHttpTest {

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
    void tenants_add_sub_accounts_under_accounts_without_postings() {
        Books books = new Books(app);
        JsonNode chart = books.get("/api/v1/accounting/accounts");
        assertThat(chart.findValuesAsText("code")).contains("1001", "22210102", "310401");
        var added = app.post("/api/v1/accounting/accounts", books.preparer.key(),
                "{\"code\":\"112101\",\"name\":\"银行承兑汇票 1234\",\"requiredDimensions\":[\"project\"]}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added).path("requiredDimensions").toString()).isEqualTo("[\"project\"]");
        assertProblem(books.enter("2026-01-02", dr("1121", "1.00"), cr("3001", "1.00")), 422, "accounting.account-not-leaf");
        assertProblem(books.enter("2026-01-02", dr("112101", "1.00"), cr("3001", "1.00")), 422, "accounting.missing-dimension");
        books.register("project", "P1");
        books.posted("2026-01-02", line("112101", "1.00", null, "{\"project\":\"P1\"}"), cr("3001", "1.00"));
        assertProblem(app.post("/api/v1/accounting/accounts", books.preparer.key(), "{\"code\":\"300101\",\"name\":\"甲\"}"), 422,
                "accounting.account-has-postings");
        assertProblem(app.post("/api/v1/accounting/accounts", books.preparer.key(), "{\"code\":\"112101\",\"name\":\"again\"}"), 409,
                "accounting.account-conflict");
        assertProblem(app.post("/api/v1/accounting/accounts", books.preparer.key(), "{\"code\":\"12\",\"name\":\"x\"}"), 422,
                "accounting.invalid-field");
    }

    @Test
    void no_sub_account_goes_under_a_leaf_the_voucher_templates_post_to_but_those_of_the_payment_methods() {
        Books books = new Books(app);
        // 1002 takes the tenant's bank accounts (PaymentAccountsHttpTest); 1001 stays a leaf: assembly posts its fee there
        for (String code : java.util.List.of("100101", "500101", "112201", "140501")) {
            JsonNode refused = assertProblem(app.post("/api/v1/accounting/accounts", books.preparer.key(),
                    "{\"code\":\"" + code + "\",\"name\":\"工行\"}"), 409, "accounting.template-account-conflict");
            assertThat(refused.path("detail").asText()).contains(code.substring(0, 4));
        }
        assertThat(books.get("/api/v1/accounting/accounts").findValuesAsText("code")).doesNotContain("100101", "500101");
        books.posted("2026-01-02", dr("1002", "1.00"), cr("5001", "1.00"));
    }

    @Test
    void a_draft_is_edited_within_its_period_and_a_posted_voucher_is_not() {
        Books books = new Books(app);
        long id = json(books.enter("2026-02-02", dr("1001", "1.00"), cr("3001", "1.00"))).path("id").asLong();
        var edited = put("/api/v1/accounting/vouchers/" + id, books,
                Books.voucher("2026-02-20", dr("1001", "7.00"), cr("3001", "7.00")));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(edited).path("debitTotal").asText()).isEqualTo("7.00");
        assertThat(json(edited).path("number").asInt()).isEqualTo(1);
        assertProblem(put("/api/v1/accounting/vouchers/" + id, books, Books.voucher("2026-03-01", dr("1001", "7.00"),
                cr("3001", "7.00"))), 422, "accounting.invalid-field");
        books.post(id);
        assertProblem(put("/api/v1/accounting/vouchers/" + id, books, Books.voucher("2026-02-20", dr("1001", "8.00"),
                cr("3001", "8.00"))), 409, "accounting.illegal-transition");
    }

    @Test
    void ledgers_show_months_and_lines_with_running_balances() {
        Books books = new Books(app);
        String c1 = books.partner("customer");
        String c2 = books.partner("customer");
        books.posted("2026-01-05", line("1122", "100.00", null, "{\"customer\":\"" + c1 + "\"}"), cr("5001", "100.00"));
        books.posted("2026-02-05", line("1122", "50.00", null, "{\"customer\":\"" + c2 + "\"}"), cr("5001", "50.00"));
        books.posted("2026-02-06", line("1122", null, "30.00", "{\"customer\":\"" + c1 + "\"}"), dr("1002", "30.00"));
        JsonNode general = books.get("/api/v1/accounting/general-ledger?from=2026-01&to=2026-03");
        assertThat(general.size()).isEqualTo(3);
        assertThat(Books.row(general.get(1).path("trialBalance"), "1122").path("closingDebit").asText()).isEqualTo("120.00");
        JsonNode detail = books.get("/api/v1/accounting/detail-ledger?account=1122&from=2026-02-01&to=2026-02-28&customer=" + c1);
        assertThat(detail.path("opening").asText()).isEqualTo("100.00");
        assertThat(detail.path("entries").findValuesAsText("balance")).containsExactly("70.00");
        assertThat(detail.path("closing").asText()).isEqualTo("70.00");
        assertProblem(app.get("/api/v1/accounting/detail-ledger?account=7777&from=2026-02-01&to=2026-02-28", books.preparer.key()),
                404, "accounting.account-not-found");
    }

    private static java.net.http.HttpResponse<String> put(String path, Books books, String json) {
        return app.put(path, books.preparer.key(), json);
    }
}
