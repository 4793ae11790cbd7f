package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 3.4 over HTTP: a tenant books a template's lines to accounts of its own (凭证模板), each edit a version; new
 * documents book with the current version, earlier vouchers stay, re-cost deltas and cancels use the version of the
 * document's voucher, other tenants keep the built-in templates.
 */
class TemplateEditHttpTest {

    private static final String TEMPLATES = "/api/v1/accounting/voucher-templates/";
    private static final String SALE = TEMPLATES + "trade.sales-delivery";
    private static final String REVENUE_TO_505101 = "{\"summary\":\"批发出库\",\"lines\":[{},{\"account\":\"505101\"},{},{},{}]}";

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
    void the_sales_template_books_revenue_to_a_sub_account_until_reset_and_other_tenants_keep_5001() {
        TradeBooks trade = new TradeBooks(app);
        StockBooks books = trade.books;
        ok(app.post("/api/v1/accounting/accounts", trade.key, "{\"code\":\"505101\",\"name\":\"门店收入\"}"), 201);
        JsonNode edited = ok(app.put(SALE, trade.key, REVENUE_TO_505101), 200);
        assertThat(edited.path("version").asLong()).isEqualTo(2);
        assertThat(edited.path("builtIn").asBoolean()).isFalse();
        assertThat(edited.path("summary").asText()).isEqualTo("批发出库");
        assertThat(accounts(edited)).containsExactly("1122", "505101", "22210102", "5401", "1405");
        assertThat(edited.path("lines").get(3).path("editable").asBoolean()).isFalse();
        // the same edit again makes no version
        assertThat(ok(app.put(SALE, trade.key, REVENUE_TO_505101), 200).path("version").asLong()).isEqualTo(2);

        long customer = trade.partner("customer");
        long w = books.warehouse(false);
        long sku = books.sku();
        trade.document(TradeBooks.RECEIPTS, trade.partner("supplier"), w, "2026-03-02", sku, "10", "10.00", "", "");
        long first = trade.document(TradeBooks.DELIVERIES, customer, w, "2026-03-03", sku, "2", "20.00", "", "")
                .path("id").asLong();
        JsonNode voucher = books.vouchers("2026-03", "trade-document", first).get(0);
        assertThat(StockBooks.lines(voucher)).containsExactly("Dr 1122 45.20", "Cr 505101 40.00", "Cr 22210102 5.20",
                "Dr 5401 20.00", "Cr 1405 20.00");
        assertThat(voucher.path("provenance").path("templateId").asText()).isEqualTo("trade.sales-delivery");
        assertThat(voucher.path("provenance").path("templateVersion").asLong()).isEqualTo(2);
        assertThat(voucher.path("lines").get(1).path("summary").asText()).startsWith("批发出库");

        // 505101 is booked by a template now: a sub-account under it would make it a parent
        assertProblem(app.post("/api/v1/accounting/accounts", trade.key, "{\"code\":\"50510101\",\"name\":\"x\"}"), 409,
                "accounting.template-account-conflict");

        // another tenant generates with the built-in template
        TradeBooks other = new TradeBooks(app);
        long w2 = other.books.warehouse(false);
        long sku2 = other.books.sku();
        trade(other, w2, sku2, "2026-03-02");
        long theirs = other.document(TradeBooks.DELIVERIES, other.partner("customer"), w2, "2026-03-03", sku2, "2", "20.00",
                "", "").path("id").asLong();
        JsonNode theirVoucher = other.books.vouchers("2026-03", "trade-document", theirs).get(0);
        assertThat(StockBooks.lines(theirVoucher)).contains("Cr 5001 40.00");
        assertThat(theirVoucher.path("provenance").path("templateVersion").asLong()).isEqualTo(1);
        assertThat(other.books.get(SALE).path("builtIn").asBoolean()).isTrue();

        // reset: a new version with the built-in content; the next delivery books 5001, the first voucher stays
        JsonNode reset = ok(app.send(app.request(SALE, trade.key).DELETE().build()), 200);
        assertThat(reset.path("version").asLong()).isEqualTo(3);
        assertThat(reset.path("builtIn").asBoolean()).isTrue();
        assertThat(accounts(reset)).containsExactly("1122", "5001", "22210102", "5401", "1405");
        long second = trade.document(TradeBooks.DELIVERIES, customer, w, "2026-03-04", sku, "1", "20.00", "", "")
                .path("id").asLong();
        JsonNode after = books.vouchers("2026-03", "trade-document", second).get(0);
        assertThat(StockBooks.lines(after)).contains("Cr 5001 20.00");
        assertThat(after.path("provenance").path("templateVersion").asLong()).isEqualTo(3);
        assertThat(StockBooks.lines(books.vouchers("2026-03", "trade-document", first).get(0))).contains("Cr 505101 40.00");

        List<Long> versions = new ArrayList<>();
        books.get(SALE + "/versions").path("items").forEach(v -> versions.add(v.path("version").asLong()));
        assertThat(versions).containsExactly(1L, 2L, 3L);

        // cancelling the first delivery reverses what its voucher booked: 505101 back to zero
        ok(app.post(TradeBooks.DELIVERIES + "/" + first + "/cancel", trade.key, "{}"), 200);
        assertThat(trade.closing("2026-03-01", "2026-03-31", "505101", "")).isEqualByComparingTo("0");
        assertThat(trade.closing("2026-03-01", "2026-03-31", "5001", "")).isEqualByComparingTo("-20.00");
    }

    @Test
    void a_bad_account_is_422_naming_the_line_and_nothing_is_written() {
        TradeBooks trade = new TradeBooks(app);
        JsonNode kind = assertProblem(app.put(SALE, trade.key, "{\"lines\":[{},{\"account\":\"5401\"},{},{},{}]}"), 422,
                "accounting.invalid-field");
        assertThat(kind.path("detail").asText()).startsWith("lines[1].account: 5401 is not of the kind of 5001");
        JsonNode fixed = assertProblem(app.put(SALE, trade.key, "{\"lines\":[{},{},{},{\"account\":\"5402\"},{}]}"), 422,
                "accounting.invalid-field");
        assertThat(fixed.path("detail").asText()).startsWith("lines[3].account: this line always books to 5401");
        JsonNode parent = assertProblem(app.put(SALE, trade.key, "{\"lines\":[{},{\"account\":\"5001\"},{},{},{}],"
                + "\"summary\":\"" + "长".repeat(41) + "\"}"), 422, "accounting.invalid-field");
        assertThat(parent.path("detail").asText()).startsWith("summary:");
        assertProblem(app.put(SALE, trade.key, "{\"lines\":[{\"account\":\"1122\"}]}"), 422, "accounting.invalid-field");
        assertProblem(app.put(SALE, trade.key, "{\"summary\":\"x\"}"), 422, "validation-failed");
        assertProblem(app.put(TEMPLATES + "inventory.settlement", trade.key, "{\"lines\":[{},{}]}"), 422,
                "accounting.template-not-editable");
        assertProblem(app.put(TEMPLATES + "nope", trade.key, "{\"lines\":[]}"), 404, "not-found");

        JsonNode current = trade.books.get(SALE);
        assertThat(current.path("version").asLong()).isEqualTo(1);
        assertThat(current.path("builtIn").asBoolean()).isTrue();
        assertThat(trade.books.get(SALE + "/versions").path("items")).hasSize(1);
        // a reset of a template that is the built-in one makes no version either
        assertThat(ok(app.send(app.request(SALE, trade.key).DELETE().build()), 200).path("version").asLong()).isEqualTo(1);
    }

    @Test
    void editing_needs_an_accountant_or_admin_and_reading_a_reading_role() {
        StockBooks viewer = new StockBooks(app, "viewer");
        assertThat(viewer.get(SALE + "/versions").path("items")).hasSize(1);
        assertProblem(app.put(SALE, viewer.key, REVENUE_TO_505101), 403, "forbidden");
        assertProblem(app.send(app.request(SALE, viewer.key).DELETE().build()), 403, "forbidden");
        StockBooks clerk = new StockBooks(app, "warehouse");
        assertProblem(app.put(SALE, clerk.key, REVENUE_TO_505101), 403, "forbidden");
        StockBooks accountant = new StockBooks(app, "accountant");
        ok(app.post("/api/v1/accounting/accounts", accountant.key, "{\"code\":\"505101\",\"name\":\"门店收入\"}"), 201);
        assertThat(ok(app.put(SALE, accountant.key, REVENUE_TO_505101), 200).path("version").asLong()).isEqualTo(2);
    }

    @Test
    void a_re_cost_delta_and_a_cancel_book_with_the_version_of_the_documents_voucher() {
        StockBooks books = new StockBooks(app);
        String issueOther = TEMPLATES + "inventory.issue.other";
        JsonNode v3 = ok(app.put(issueOther, books.key, "{\"lines\":[{},{\"account\":\"571106\"}]}"), 200);
        assertThat(v3.path("version").asLong()).isEqualTo(3);
        long w = books.warehouse(false);
        long sku = books.sku();
        books.receipt("2026-04-01", w, sku, "10", "100.00");
        long issue = books.posted(StockBooks.doc("issue", "2026-04-05", w, "other", StockBooks.line(sku, "5", "")));
        assertThat(books.lines("2026-04", "inventory-document", issue)).containsExactly("Cr 1405 50.00", "Dr 571106 50.00");

        ok(app.send(app.request(issueOther, books.key).DELETE().build()), 200);
        // a backdated receipt re-costs the issue: its delta books to 571106, as its voucher (version 3) did
        books.receipt("2026-04-02", w, sku, "10", "300.00");
        List<JsonNode> deltas = books.vouchers("2026-04", "inventory-recost", issue);
        assertThat(deltas).hasSize(1);
        assertThat(StockBooks.lines(deltas.get(0))).containsExactly("Cr 1405 50.00", "Dr 571106 50.00");
        assertThat(deltas.get(0).path("provenance").path("templateVersion").asLong()).isEqualTo(3);
        // a new issue books with the current version (4, the built-in content)
        long later = books.posted(StockBooks.doc("issue", "2026-04-06", w, "other", StockBooks.line(sku, "1", "")));
        JsonNode laterVoucher = books.vouchers("2026-04", "inventory-document", later).get(0);
        assertThat(StockBooks.lines(laterVoucher)).containsExactly("Cr 1405 20.00", "Dr 571199 20.00");
        assertThat(laterVoucher.path("provenance").path("templateVersion").asLong()).isEqualTo(4);
        // cancelling the first issue takes out of 571106 everything it holds there (voucher + delta)
        ok(app.post("/api/v1/inventory/documents/" + issue + "/cancel", books.key, "{}"), 200);
        assertThat(books.closing("2026-04-01", "2026-04-30", "571106")).isEqualByComparingTo("0");
        assertThat(books.closing("2026-04-01", "2026-04-30", "571199")).isEqualByComparingTo("20.00");
        assertThat(books.closing("2026-04-01", "2026-04-30", "1405")).isEqualByComparingTo(books.stockValue("2026-04-30"));
    }

    private static void trade(TradeBooks trade, long warehouse, long sku, String date) {
        trade.document(TradeBooks.RECEIPTS, trade.partner("supplier"), warehouse, date, sku, "10", "10.00", "", "");
    }

    private static List<String> accounts(JsonNode template) {
        List<String> out = new ArrayList<>();
        template.path("lines").forEach(l -> out.add(l.path("account").asText()));
        return out;
    }

}
