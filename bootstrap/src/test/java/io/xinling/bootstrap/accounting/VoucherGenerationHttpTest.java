package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.accounting.InventoryVoucherGenerator;
import io.xinling.application.inventory.InventoryPosting;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.xinling.bootstrap.accounting.StockBooks.doc;
import static io.xinling.bootstrap.accounting.StockBooks.line;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5 over HTTP: every posted inventory document writes its voucher in the same transaction (3.4, 4.1). */
class VoucherGenerationHttpTest {

    private static TestApp app;
    private StockBooks books;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void tenant() {
        books = new StockBooks(app);
    }

    @Test
    void E4_sale_into_negative_stock_then_the_purchase_books_its_settlement() {
        long w1 = books.warehouse(true);
        long a = books.sku();
        long opening = books.receipt("2026-01-01", w1, a, "10", "100.00");
        long sale = books.sale("2026-01-02", w1, a, "15");
        long purchase = books.receipt("2026-01-03", w1, a, "20", "240.00");

        assertThat(books.lines("2026-01", "inventory-document", opening)).containsExactly("Dr 1405 100.00", "Cr 220202 100.00");
        assertThat(books.lines("2026-01", "inventory-document", sale)).containsExactly("Cr 1405 150.00", "Dr 5401 150.00");
        assertThat(books.lines("2026-01", "inventory-document", purchase)).containsExactly("Dr 1405 240.00", "Cr 220202 240.00");
        assertThat(books.lines("2026-01", "inventory-settlement", purchase)).containsExactly("Cr 1405 10.00", "Dr 5401 10.00");
        assertThat(books.closing("2026-01-01", "2026-01-31", "1405")).isEqualByComparingTo("180.00");
        assertThat(books.closing("2026-01-01", "2026-01-31", "5401")).isEqualByComparingTo("160.00");
        assertThat(books.stockValue("2026-01-31")).isEqualByComparingTo("180.00");
    }

    @Test
    void E6_a_backdated_receipt_posts_delta_vouchers_and_GL_1405_equals_the_stock_value() {
        long w1 = books.warehouse(false);
        long c = books.sku();
        books.receipt("2026-01-02", w1, c, "100", "1000.00");
        long sale1 = books.sale("2026-01-10", w1, c, "80");
        books.receipt("2026-01-20", w1, c, "50", "700.00");
        long sale2 = books.sale("2026-01-25", w1, c, "35");
        long backdated = books.receipt("2026-01-05", w1, c, "100", "1300.00");

        assertThat(books.lines("2026-01", "inventory-document", backdated)).containsExactly("Dr 1405 1300.00", "Cr 220202 1300.00");
        JsonNode delta1 = books.vouchers("2026-01", "inventory-recost", sale1).get(0);
        assertThat(StockBooks.lines(delta1)).containsExactly("Cr 1405 120.00", "Dr 5401 120.00");
        assertThat(delta1.path("date").asText()).isEqualTo("2026-01-10");
        JsonNode delta2 = books.vouchers("2026-01", "inventory-recost", sale2).get(0);
        assertThat(StockBooks.lines(delta2)).containsExactly("Cr 1405 -21.76", "Dr 5401 -21.76");
        assertThat(delta2.path("date").asText()).isEqualTo("2026-01-25");

        assertThat(books.closing("2026-01-01", "2026-01-31", "1405")).isEqualByComparingTo("1651.76")
                .isEqualByComparingTo(books.stockValue("2026-01-31"));
        assertThat(books.closing("2026-01-01", "2026-01-31", "5401")).isEqualByComparingTo("1348.24");
    }

    @Test
    void E9_transfer_E10_assembly_and_E12_stocktake_book_between_stock_lines() {
        long w1 = books.warehouse(false);
        long w2 = books.warehouse(false);
        long a = books.sku();
        long p1 = books.sku();
        long p2 = books.sku();
        long kit = books.sku();
        books.receipt("2026-01-01", w1, a, "40", "500.00");
        books.receipt("2026-01-01", w1, p1, "10", "33.00");
        books.receipt("2026-01-01", w1, p2, "7", "20.00");
        long transfer = books.posted("{\"kind\":\"transfer\",\"date\":\"2026-01-02\",\"warehouseId\":" + w1
                + ",\"toWarehouseId\":" + w2 + ",\"lines\":[" + line(a, "16", "") + "]}");
        long assembly = books.posted("{\"kind\":\"assembly\",\"date\":\"2026-01-02\",\"warehouseId\":" + w1
                + ",\"amount\":\"4.50\",\"lines\":[" + line(p1, "6", "\"role\":\"component\"") + ","
                + line(p2, "3", "\"role\":\"component\"") + "," + line(kit, "3", "\"role\":\"product\"") + "]}");
        long count = books.posted(doc("stocktake", "2026-01-03", w1, null, line(p1, "5", "")));

        JsonNode moved = books.vouchers("2026-01", "inventory-document", transfer).get(0);
        assertThat(StockBooks.lines(moved)).containsExactly("Cr 1405 200.00", "Dr 1405 200.00");
        assertThat(moved.path("lines").get(1).path("dimensions").path("warehouse").asText()).isEqualTo(Long.toString(w2));
        assertThat(books.lines("2026-01", "inventory-document", assembly))
                .containsExactlyInAnyOrder("Cr 1405 19.80", "Cr 1405 8.57", "Dr 1405 32.87", "Cr 1001 4.50");
        assertThat(books.lines("2026-01", "inventory-document", count)).containsExactly("Dr 1405 3.30", "Cr 190101 3.30");
        assertThat(books.closing("2026-01-01", "2026-01-31", "1405")).isEqualByComparingTo(books.stockValue("2026-01-31"));
    }

    @Test
    void E9_a_transfer_between_branches_books_their_internal_accounts() {
        long a1 = books.warehouse(false, 1);
        long b2 = books.warehouse(false, 2);
        long a = books.sku();
        books.receipt("2026-01-01", a1, a, "40", "500.00");
        long transfer = books.posted("{\"kind\":\"transfer\",\"date\":\"2026-01-02\",\"warehouseId\":" + a1
                + ",\"toWarehouseId\":" + b2 + ",\"lines\":[" + line(a, "16", "") + "]}");

        JsonNode voucher = books.vouchers("2026-01", "inventory-document", transfer).get(0);
        assertThat(StockBooks.lines(voucher)).containsExactly("Cr 1405 200.00", "Dr 1405 200.00", "Dr 122102 200.00",
                "Cr 224102 200.00");
        assertThat(voucher.path("lines").get(0).path("dimensions").path("branch").asText()).isEqualTo("1");
        assertThat(voucher.path("lines").get(1).path("dimensions").path("branch").asText()).isEqualTo("2");
        assertThat(voucher.path("lines").get(2).path("dimensions").path("branch").asText()).isEqualTo("2");
        assertThat(voucher.path("lines").get(3).path("dimensions").path("branch").asText()).isEqualTo("1");
    }

    @Test
    void I13_generating_a_posted_document_again_changes_nothing() {
        long w1 = books.warehouse(false);
        long a = books.sku();
        long receipt = books.receipt("2026-01-01", w1, a, "10", "100.00");
        JsonNode first = books.vouchers("2026-01", "inventory-document", receipt).get(0);
        JsonNode trialBalance = books.trialBalance("2026-01-01", "2026-01-31");

        var view = app.application().inventoryDocuments().get(books.issued.tenant(), receipt).get();
        var document = new InventoryPosting.Document(receipt, view.document().draft().kind(),
                view.document().draft().purpose(), view.document().draft().date());
        var values = view.movements().stream().map(m -> new InventoryPosting.Value(m.id().line(), m.id().leg(),
                m.spec().sku().value(), Long.toString(w1), 1, m.amount(), m.settlement())).toList();
        var again = new InventoryVoucherGenerator(app.application().accounting().generated(), t -> books.issued.user())
                .publish(books.issued.tenant(), new InventoryPosting(99, false, document, values, List.of()));

        assertThat(again.isRight()).as(String.valueOf(again)).isTrue();
        List<JsonNode> after = books.vouchers("2026-01", "inventory-document", receipt);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(after.get(0).path("display").asText()).isEqualTo(first.path("display").asText());
        assertThat(after.get(0).path("provenance").path("contentHash").asText())
                .isEqualTo(first.path("provenance").path("contentHash").asText()).hasSize(64);
        assertThat(books.trialBalance("2026-01-01", "2026-01-31")).isEqualTo(trialBalance);
    }

    @Test
    void landed_cost_cost_adjustment_returns_and_disassembly_book_their_vouchers_and_GL_1405_follows_the_stock() {
        long w1 = books.warehouse(false);
        long a = books.sku();
        long kit = books.sku();
        long p1 = books.sku();
        long p2 = books.sku();
        long receipt = books.receipt("2026-01-01", w1, a, "20", "200.00");
        books.receipt("2026-01-01", w1, kit, "2", "50.00");
        long landed = books.posted("{\"kind\":\"landed-cost\",\"date\":\"2026-01-02\",\"referenceDocumentId\":" + receipt
                + ",\"amount\":\"10.00\",\"lines\":[]}");
        long adjusted = books.posted(doc("cost-adjustment", "2026-01-03", w1, null, line(a, "0", "\"amount\":\"5.00\"")));
        long returned = books.posted(doc("purchase-return", "2026-01-04", w1, null, line(a, "2", "\"amount\":\"20.00\"")));
        long unreferenced = books.posted(doc("unreferenced-return", "2026-01-05", w1, null, line(a, "1", "")));
        long split = books.posted(doc("disassembly", "2026-01-06", w1, null, line(kit, "1", "\"role\":\"product\""),
                line(p1, "1", "\"role\":\"component\",\"weight\":\"1\""),
                line(p2, "1", "\"role\":\"component\",\"weight\":\"1\"")));

        assertThat(books.lines("2026-01", "inventory-document", landed)).containsExactly("Dr 1405 10.00", "Cr 220202 10.00");
        assertThat(books.lines("2026-01", "inventory-document", adjusted)).containsExactly("Dr 1405 5.00", "Cr 5401 5.00");
        assertThat(books.lines("2026-01", "inventory-document", returned)).containsExactly("Dr 1405 -20.00", "Cr 220202 -20.00");
        assertThat(books.lines("2026-01", "inventory-document", unreferenced)).containsExactly("Cr 1405 -10.83", "Dr 5401 -10.83");
        assertThat(books.lines("2026-01", "inventory-document", split)).hasSize(3).contains("Cr 1405 25.00");
        assertThat(books.closing("2026-01-01", "2026-01-31", "1405")).isEqualByComparingTo(books.stockValue("2026-01-31"));
    }

    @Test
    void a_later_landed_cost_is_booked_on_its_receipts_date_so_GL_1405_equals_the_stock_on_every_date() {
        long w1 = books.warehouse(false);
        long a = books.sku();
        long receipt = books.receipt("2026-01-01", w1, a, "20", "200.00");
        books.sale("2026-01-03", w1, a, "5");
        long landed = books.posted("{\"kind\":\"landed-cost\",\"date\":\"2026-01-10\",\"referenceDocumentId\":" + receipt
                + ",\"amount\":\"10.00\",\"lines\":[]}");

        JsonNode voucher = books.vouchers("2026-01", "inventory-document", landed).get(0);
        assertThat(StockBooks.lines(voucher)).containsExactly("Dr 1405 10.00", "Cr 220202 10.00");
        assertThat(voucher.path("date").asText()).isEqualTo("2026-01-01");
        for (String date : List.of("2026-01-01", "2026-01-03", "2026-01-05", "2026-01-10", "2026-01-31")) {
            assertThat(books.closing("2026-01-01", date, "1405")).as(date).isEqualByComparingTo(books.stockValue(date));
        }
        StockBooks.ok(app.post("/api/v1/inventory/documents/" + landed + "/cancel", books.key, "{}"), 200);
        for (String date : List.of("2026-01-01", "2026-01-05", "2026-01-31")) {
            assertThat(books.closing("2026-01-01", date, "1405")).as(date).isEqualByComparingTo(books.stockValue(date));
        }
        assertThat(books.stockValue("2026-01-31")).isEqualByComparingTo("150.00");
    }

    @Test
    void a_cancelled_document_gets_its_red_reversal_and_leaves_the_GL_as_never_posted() {
        long w1 = books.warehouse(false);
        long a = books.sku();
        books.receipt("2026-01-01", w1, a, "10", "100.00");
        long sale = books.sale("2026-01-02", w1, a, "4");
        StockBooks.ok(app.post("/api/v1/inventory/documents/" + sale + "/cancel", books.key, "{}"), 200);

        JsonNode reversal = books.vouchers("2026-01", "inventory-document", sale).stream()
                .filter(v -> v.path("provenance").path("sourceVersion").asLong() == 2).findFirst().orElseThrow();
        assertThat(StockBooks.lines(reversal)).containsExactly("Cr 1405 -40.00", "Dr 5401 -40.00");
        assertThat(books.closing("2026-01-01", "2026-01-31", "1405")).isEqualByComparingTo("100.00");
        assertThat(books.closing("2026-01-01", "2026-01-31", "5401")).isEqualByComparingTo("0.00");
    }

    @Test
    void posting_into_a_closed_accounting_period_is_refused_and_writes_neither_stock_nor_voucher() {
        long w1 = books.warehouse(false);
        long a = books.sku();
        books.receipt("2026-01-05", w1, a, "10", "100.00");
        String lateReceipt = doc("receipt", "2026-01-20", w1, "purchase", line(a, "5", "\"amount\":\"60.00\""));
        // a draft dated in the period would hold the close back (spec 5.1 step 1), so the late receipt comes after it
        StockBooks.ok(app.post("/api/v1/accounting/periods/2026-01/close", books.key, "{}"), 200);
        int vouchers = books.get("/api/v1/accounting/vouchers?from=2026-01-01&to=2026-01-31").size();

        var refused = app.post("/api/v1/inventory/documents", books.key, lateReceipt);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json(refused).path("type").asText()).contains("period");
        assertThat(books.get("/api/v1/accounting/vouchers?from=2026-01-01&to=2026-01-31").size()).isEqualTo(vouchers);
        assertThat(books.stockValue("2026-01-31")).isEqualByComparingTo("100.00");
        assertThat(books.closing("2026-01-01", "2026-01-31", "1405")).isEqualByComparingTo(new BigDecimal("100.00"));
    }
}
