package io.xinling.bootstrap.accounting;

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

/** Spec 3.3 and I-3 over HTTP: a hand-entered line carries only its account's dimensions, each naming something of these books. */
class VoucherDimensionsHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void refused(Books books, String line, String field, String reason) {
        String detail = assertProblem(books.enter("2026-11-05", line, cr("3001", "100.00")), 422, "accounting.invalid-field")
                .path("detail").asText();
        assertThat(detail).contains(field, reason);
    }

    @Test
    void unknown_foreign_malformed_and_uncarried_dimension_values_are_refused_naming_the_line() {
        Books books = new Books(app);
        Books other = new Books(app);
        String customer = books.partner("customer");
        String supplier = books.partner("supplier");
        String theirs = other.partner("customer");
        String sku = books.sku();
        int before = books.get("/api/v1/accounting/vouchers?from=2026-11-01&to=2026-11-30").size();

        refused(books, line("1122", "100.00", null, "{\"customer\":\"999999\"}"), "lines[0].dimensions.customer", "no customer 999999");
        refused(books, line("1122", "100.00", null, "{\"customer\":\"abc\"}"), "lines[0].dimensions.customer", "not a customer id");
        refused(books, line("1122", "100.00", null, "{\"customer\":\"" + theirs + "\"}"), "lines[0].dimensions.customer",
                "no customer " + theirs);
        refused(books, line("1122", "100.00", null, "{\"customer\":\"" + supplier + "\"}"), "lines[0].dimensions.customer",
                "no customer " + supplier);
        refused(books, line("1405", "100.00", null, "{\"item\":\"99999\"}"), "lines[0].dimensions.item", "no item 99999");
        refused(books, line("1002", "100.00", null, "{\"customer\":\"" + customer + "\"}"), "lines[0].dimensions.customer",
                "account 1002 does not carry the customer dimension");
        assertThat(books.get("/api/v1/accounting/vouchers?from=2026-11-01&to=2026-11-30").size()).isEqualTo(before);

        refused(books, line("1122", "100.00", null, "{\"customer\":\"" + customer + "\",\"project\":\"P1\"}"),
                "lines[0].dimensions.project", "no project P1 in these books");
        books.register("project", "P1");
        books.posted("2026-11-05", line("1122", "100.00", null, "{\"customer\":\"" + customer + "\",\"project\":\"P1\"}"),
                cr("3001", "100.00"));
        books.posted("2026-11-06", line("1405", "100.00", null, "{\"item\":\"" + sku + "\"}"), cr("3001", "100.00"));
        books.posted("2026-11-07", line("1123", "100.00", null, "{\"supplier\":\"" + supplier + "\"}"), cr("1002", "100.00"));
    }

    @Test
    void with_costing_per_warehouse_a_stock_line_names_its_warehouse_from_the_switch_on() {
        Books books = new Books(app);
        String admin = app.keyFor(books.preparer.tenant().value(), "admin").key();
        var set = app.put("/api/v1/inventory/settings", admin, "{\"costingScope\":\"per-warehouse\",\"scopeFrom\":\"2026-12-01\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        String sku = books.sku();
        String warehouse = io.xinling.bootstrap.testing.JsonAssert.json(app.post("/api/v1/warehouses", admin,
                "{\"code\":\"W" + System.nanoTime() + "\",\"kind\":\"central\",\"branchId\":1}")).path("id").asText();

        String detail = assertProblem(books.enter("2026-12-05", line("1405", "10.00", null, "{\"item\":\"" + sku + "\"}"),
                cr("3001", "10.00")), 422, "accounting.invalid-field").path("detail").asText();
        assertThat(detail).contains("lines[0].dimensions.warehouse", "per warehouse");
        assertThat(books.enter("2026-11-30", line("1405", "10.00", null, "{\"item\":\"" + sku + "\"}"), cr("3001", "10.00"))
                .statusCode()).isEqualTo(201);
        assertThat(books.enter("2026-12-05", line("1405", "10.00", null, "{\"item\":\"" + sku + "\",\"warehouse\":\""
                + warehouse + "\"}"), cr("3001", "10.00")).statusCode()).isEqualTo(201);
    }

    @Test
    void the_estimate_an_inventory_receipt_books_without_a_supplier_is_cleared_by_hand_on_its_own_row() {
        StockBooks stock = new StockBooks(app);
        long warehouse = stock.warehouse(false);
        long sku = stock.sku();
        stock.receipt("2026-11-03", warehouse, sku, "10", "100.00");
        String supplier = StockBooks.ok(app.post("/api/v1/partners", stock.key, "{\"code\":\"EST" + System.nanoTime()
                + "\",\"name\":\"估\",\"roles\":[\"supplier\"]}"), 201).path("id").asText();
        // P-3 by hand: the invoice arrives, the estimate leaves 220202 [unassigned] and the supplier is owed the gross
        String voucher = Books.voucher("2026-11-20", line("220202", "100.00", null, "{\"supplier\":\"unassigned\"}"),
                dr("22210101", "13.00"), line("220201", null, "113.00", "{\"supplier\":\"" + supplier + "\"}"));
        var entered = app.post("/api/v1/accounting/vouchers", stock.key, voucher);
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        var posted = app.post("/api/v1/accounting/vouchers/" + json(entered).path("id").asLong() + "/post",
                app.keyFor(stock.issued.tenant().value(), "accountant").key(), "{}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(Books.row(stock.get("/api/v1/accounting/trial-balance?from=2026-11-01&to=2026-11-30&supplier=unassigned"),
                "220202").path("closingCredit").asText()).isEqualTo("0.00");
        // only the estimate takes it: a payable names its supplier
        assertProblem(app.post("/api/v1/accounting/vouchers", stock.key, Books.voucher("2026-11-20",
                line("220201", null, "1.00", "{\"supplier\":\"unassigned\"}"), dr("1002", "1.00"))), 422, "accounting.invalid-field");
    }
}
