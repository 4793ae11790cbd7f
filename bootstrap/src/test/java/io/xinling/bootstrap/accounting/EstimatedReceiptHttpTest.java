package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 4.1 P-2 / P-3 and 2.11 over HTTP: an estimated purchase receipt (暂估入库) books its stock against 220202 and
 * owes nothing; the supplier invoice that settles it (到票) moves its difference into stock at the receipt (re-costing
 * the issues after it, X-1), turns the estimate into the payable with its VAT, and voiding it restores the estimate.
 */
class EstimatedReceiptHttpTest {

    private static TestApp app;
    private TradeBooks trade;
    private StockBooks books;
    private long supplier;
    private long warehouse;
    private long sku;

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
        trade = new TradeBooks(app);
        books = trade.books;
        supplier = trade.partner("supplier");
        warehouse = books.warehouse(false);
        sku = books.sku();
    }

    private JsonNode estimate(String date, String qty, String price) {
        return trade.document(TradeBooks.RECEIPTS, supplier, warehouse, date, sku, qty, price, "\"estimated\":true", "");
    }

    /** A posted estimated receipt of one line per SKU given, each {@code qty} at {@code price}. */
    private long estimateOf(String date, String qty, String price, long... skus) {
        List<String> lines = new ArrayList<>();
        for (long s : skus) {
            lines.add("{\"skuId\":" + s + ",\"quantity\":\"" + qty + "\",\"unit\":\"个\",\"price\":\"" + price
                    + "\",\"taxRatePercent\":\"13\"}");
        }
        long id = ok(app.post(TradeBooks.RECEIPTS, trade.key, "{\"partnerId\":" + supplier + ",\"warehouseId\":" + warehouse
                + ",\"date\":\"" + date + "\",\"estimated\":true,\"lines\":[" + String.join(",", lines) + "]}"), 201)
                .path("id").asLong();
        ok(app.post(TradeBooks.RECEIPTS + "/" + id + "/post", trade.key, "{}"), 200);
        return id;
    }

    /** The value of one SKU's stock on {@code date}. */
    private BigDecimal valueOf(long item, String date) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode row : books.get("/api/v1/inventory/balances?date=" + date)) {
            total = row.path("skuId").asLong() == item ? total.add(new BigDecimal(row.path("value").asText())) : total;
        }
        return total;
    }

    private HttpResponse<String> invoice(long receipt, String number, String date, String lines) {
        return app.post(TradeBooks.RECEIPTS + "/" + receipt + "/invoices", trade.key,
                "{\"number\":\"" + number + "\",\"date\":\"" + date + "\",\"lines\":[" + lines + "]}");
    }

    private static String line(int no, String net, String rate) {
        return "{\"line\":" + no + ",\"net\":\"" + net + "\",\"taxRatePercent\":\"" + rate + "\"}";
    }

    @Test
    void the_invoice_at_another_price_settles_the_estimate_and_recosts_the_sale_after_the_receipt() {
        JsonNode receipt = estimate("2026-01-05", "10", "10.00");
        long id = receipt.path("id").asLong();
        assertThat(receipt.path("estimated").asBoolean()).isTrue();
        assertThat(receipt.path("openItemId").isNumber()).as("an estimate owes the supplier nothing yet").isFalse();
        assertThat(books.lines("2026-01", "trade-document", id)).containsExactly("Dr 1405 100.00", "Cr 220202 100.00");
        long sale = books.sale("2026-01-10", warehouse, sku, "4");
        assertThat(books.lines("2026-01", "inventory-document", sale)).containsExactlyInAnyOrder("Dr 5401 40.00", "Cr 1405 40.00");

        JsonNode inv = ok(invoice(id, "FP-001", "2026-01-20", line(1, "120.00", "13")), 201);
        long invoiceId = inv.path("id").asLong();
        assertThat(inv.path("amount").asText()).isEqualTo("135.60");
        assertThat(inv.path("lines").get(0).path("tax").asText()).isEqualTo("15.60");
        assertThat(inv.path("openItemId").isNumber()).isTrue();

        JsonNode difference = books.vouchers("2026-01", "trade-invoice-difference", invoiceId).get(0);
        assertThat(StockBooks.lines(difference)).containsExactly("Dr 1405 20.00", "Cr 220202 20.00");
        assertThat(difference.path("date").asText()).as("where the stock took it").isEqualTo("2026-01-05");
        JsonNode p3 = books.vouchers("2026-01", "trade-invoice", invoiceId).get(0);
        assertThat(StockBooks.lines(p3)).containsExactly("Dr 220202 120.00", "Dr 22210101 15.60", "Cr 220201 135.60");
        assertThat(p3.path("date").asText()).isEqualTo("2026-01-20");
        assertThat(StockBooks.lines(books.vouchers("2026-01", "inventory-recost", sale).get(0)))
                .as("X-1: the sale after the receipt is re-costed").containsExactlyInAnyOrder("Dr 5401 8.00", "Cr 1405 8.00");

        assertThat(books.stockValue("2026-01-31")).isEqualByComparingTo("72.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo("72.00");
        assertThat(trade.closing("2026-01-01", "2026-01-05", "1405", "")).as("I-4 on the receipt's date")
                .isEqualByComparingTo(books.stockValue("2026-01-05"));
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220202", "")).isEqualByComparingTo("0");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + supplier)).isEqualByComparingTo("-135.60");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "22210101", "")).isEqualByComparingTo("15.60");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "5401", "")).isEqualByComparingTo("48.00");
        JsonNode items = books.get("/api/v1/settlement/open-items?partnerId=" + supplier);
        assertThat(items.toString()).contains("135.60");

        JsonNode refused = assertProblem(app.post(TradeBooks.RECEIPTS + "/" + id + "/cancel", trade.key, "{}"), 409,
                "trade.estimate-invoiced-conflict");
        assertThat(refused.path("detail").asText()).contains("FP-001");
        assertProblem(invoice(id, "FP-002", "2026-01-21", line(1, "120.00", "13")), 409, "trade.estimate-invoiced-conflict");

        ok(app.post(TradeBooks.RECEIPTS + "/" + id + "/invoices/" + invoiceId + "/void", trade.key, "{}"), 200);
        assertThat(books.stockValue("2026-01-31")).isEqualByComparingTo("60.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo("60.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220202", "supplier=" + supplier)).isEqualByComparingTo("-100.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + supplier)).isEqualByComparingTo("0");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "22210101", "")).isEqualByComparingTo("0");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "5401", "")).isEqualByComparingTo("40.00");

        // the estimate stands again: a new invoice settles it, and once voided the receipt can be cancelled
        long second = ok(invoice(id, "FP-003", "2026-01-25", line(1, "100.00", "13")), 201).path("id").asLong();
        assertThat(books.vouchers("2026-01", "trade-invoice-difference", second)).as("no difference, no stock voucher").isEmpty();
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + supplier)).isEqualByComparingTo("-113.00");
        ok(app.post(TradeBooks.RECEIPTS + "/" + id + "/invoices/" + second + "/void", trade.key, "{}"), 200);
        ok(app.post("/api/v1/inventory/documents/" + sale + "/cancel", trade.key, "{}"), 200);
        ok(app.post(TradeBooks.RECEIPTS + "/" + id + "/cancel", trade.key, "{}"), 200);
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo("0");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220202", "")).isEqualByComparingTo("0");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "")).isEqualByComparingTo("0");
    }

    @Test
    void after_the_receipts_month_closed_the_difference_lands_at_the_invoice_date_and_the_close_warned_of_the_estimate() {
        long id = estimate("2026-01-05", "10", "10.00").path("id").asLong();
        books.sale("2026-01-10", warehouse, sku, "4");
        JsonNode closed = ok(app.post("/api/v1/accounting/periods/2026-01/close", trade.key, "{}"), 200);
        assertThat(closed.path("warnings").toString()).contains("暂估入库", "CGRK-202601");

        long invoiceId = ok(invoice(id, "FP-9", "2026-02-03", line(1, "112.00", "13")), 201).path("id").asLong();
        JsonNode difference = books.vouchers("2026-02", "trade-invoice-difference", invoiceId).get(0);
        assertThat(difference.path("date").asText()).isEqualTo("2026-02-03");
        assertThat(StockBooks.lines(difference)).containsExactly("Dr 1405 12.00", "Cr 220202 12.00");
        assertThat(books.stockValue("2026-01-31")).as("January stays as closed").isEqualByComparingTo("60.00");
        assertThat(books.stockValue("2026-02-28")).isEqualByComparingTo("72.00");
        assertThat(trade.closing("2026-02-01", "2026-02-28", "1405", "")).isEqualByComparingTo("72.00");
        assertThat(trade.closing("2026-02-01", "2026-02-28", "220202", "")).isEqualByComparingTo("0");
    }

    /**
     * Spec 2.13: the invoice's difference landed at its own date (January closed); once February closed too, voiding the
     * invoice reverses the difference on 1 March, with the payable and the estimate; February keeps its figures.
     */
    @Test
    void voiding_after_the_difference_month_closed_reverses_it_in_the_earliest_open_period() {
        long id = estimate("2026-01-05", "10", "10.00").path("id").asLong();
        books.sale("2026-01-10", warehouse, sku, "4");
        ok(app.post("/api/v1/accounting/periods/2026-01/close", trade.key, "{}"), 200);
        long invoiceId = ok(invoice(id, "FP-9", "2026-02-03", line(1, "112.00", "13")), 201).path("id").asLong();
        ok(app.post("/api/v1/accounting/periods/2026-02/close", trade.key, "{}"), 200);

        ok(app.post(TradeBooks.RECEIPTS + "/" + id + "/invoices/" + invoiceId + "/void", trade.key, "{}"), 200);

        assertThat(books.stockValue("2026-02-28")).as("February stays as closed").isEqualByComparingTo("72.00");
        assertThat(trade.closing("2026-02-01", "2026-02-28", "1405", "")).isEqualByComparingTo("72.00");
        assertThat(books.stockValue("2026-03-01")).isEqualByComparingTo("60.00");
        JsonNode reversal = books.vouchers("2026-03", "trade-invoice-difference", invoiceId).get(0);
        assertThat(reversal.path("date").asText()).isEqualTo("2026-03-01");
        assertThat(StockBooks.lines(reversal)).containsExactly("Dr 1405 -12.00", "Cr 220202 -12.00");
        assertThat(trade.closing("2026-03-01", "2026-03-28", "1405", "")).isEqualByComparingTo("60.00");
        assertThat(trade.closing("2026-03-01", "2026-03-28", "220202", "")).as("the estimate stands again")
                .isEqualByComparingTo("-100.00");
        assertThat(trade.closing("2026-03-01", "2026-03-28", "220201", "")).isEqualByComparingTo("0");
    }

    /**
     * A line estimated at zero (a gift, 赠品) has nothing to wait for: the close does not list it as an open estimate, and
     * a receipt whose other lines are invoiced is not listed at all.
     */
    @Test
    void a_zero_estimate_is_no_open_estimate_at_the_close() {
        long other = books.sku();
        long giftOnly = ok(app.post(TradeBooks.RECEIPTS, trade.key, "{\"partnerId\":" + supplier + ",\"warehouseId\":"
                + warehouse + ",\"date\":\"2026-01-04\",\"estimated\":true,\"lines\":[{\"skuId\":" + other
                + ",\"quantity\":\"2\",\"unit\":\"个\",\"price\":\"0\",\"gift\":true,\"taxRatePercent\":\"13\"}]}"), 201)
                .path("id").asLong();
        ok(app.post(TradeBooks.RECEIPTS + "/" + giftOnly + "/post", trade.key, "{}"), 200);
        long mixed = ok(app.post(TradeBooks.RECEIPTS, trade.key, "{\"partnerId\":" + supplier + ",\"warehouseId\":"
                + warehouse + ",\"date\":\"2026-01-05\",\"estimated\":true,\"lines\":[{\"skuId\":" + sku
                + ",\"quantity\":\"10\",\"unit\":\"个\",\"price\":\"10.00\",\"taxRatePercent\":\"13\"},{\"skuId\":" + other
                + ",\"quantity\":\"1\",\"unit\":\"个\",\"price\":\"0\",\"gift\":true,\"taxRatePercent\":\"13\"}]}"), 201)
                .path("id").asLong();
        ok(app.post(TradeBooks.RECEIPTS + "/" + mixed + "/post", trade.key, "{}"), 200);
        String number = books.get(TradeBooks.RECEIPTS + "/" + mixed).path("number").asText();
        String gifts = books.get(TradeBooks.RECEIPTS + "/" + giftOnly).path("number").asText();
        assertThat(books.get(TradeBooks.RECEIPTS + "/" + giftOnly).path("toInvoice").asText()).isEqualTo("0.00");

        JsonNode closed = ok(app.post("/api/v1/accounting/periods/2026-01/close", trade.key, "{}"), 200);
        assertThat(closed.path("warnings").toString()).contains(number + " (2026-01-05) lines 1 of 2").doesNotContain(gifts);
        ok(app.post("/api/v1/accounting/periods/2026-01/reopen", trade.key, "{\"reason\":\"invoice\"}"), 200);

        ok(invoice(mixed, "FP-1", "2026-01-20", line(1, "100.00", "13")), 201);
        closed = ok(app.post("/api/v1/accounting/periods/2026-01/close", trade.key, "{}"), 200);
        assertThat(closed.path("warnings").toString()).doesNotContain("暂估入库").doesNotContain(number).doesNotContain(gifts);
    }

    /**
     * Line differences that cancel out (+10.00 on one SKU, −10.00 on the other) leave 1405 and 220202 unchanged in total
     * but move stock value between the SKUs: the difference voucher moves it within 1405 (Dr 1405 [A] / Cr 1405 [B]) so
     * that GL 1405 per item still equals the stock (I-4); voiding moves it back.
     */
    @Test
    void differences_that_sum_to_zero_move_value_between_the_items_within_1405() {
        long other = books.sku();
        long id = estimateOf("2026-01-05", "10", "10.00", sku, other);
        long sale = books.sale("2026-01-10", warehouse, other, "5");

        JsonNode inv = ok(invoice(id, "FP-Z", "2026-01-20", line(1, "110.00", "13") + "," + line(2, "90.00", "13")), 201);
        long invoiceId = inv.path("id").asLong();
        assertThat(inv.path("amount").asText()).isEqualTo("226.00");
        assertThat(inv.path("stockDocumentId").isNumber()).as("the stock moves between the lines").isTrue();
        JsonNode difference = books.vouchers("2026-01", "trade-invoice-difference", invoiceId).get(0);
        assertThat(StockBooks.lines(difference)).containsExactlyInAnyOrder("Dr 1405 10.00", "Cr 1405 10.00");
        assertThat(difference.path("date").asText()).isEqualTo("2026-01-05");
        assertThat(StockBooks.lines(books.vouchers("2026-01", "trade-invoice", invoiceId).get(0)))
                .containsExactly("Dr 220202 200.00", "Dr 22210101 26.00", "Cr 220201 226.00");
        assertThat(StockBooks.lines(books.vouchers("2026-01", "inventory-recost", sale).get(0)))
                .as("the sale of the cheaper SKU is re-costed").containsExactlyInAnyOrder("Dr 5401 -5.00", "Cr 1405 -5.00");
        assertThat(valueOf(sku, "2026-01-31")).isEqualByComparingTo("110.00");
        assertThat(valueOf(other, "2026-01-31")).isEqualByComparingTo("45.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "item=" + sku)).isEqualByComparingTo("110.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "item=" + other)).isEqualByComparingTo("45.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220202", "")).isEqualByComparingTo("0");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + supplier)).isEqualByComparingTo("-226.00");

        ok(app.post(TradeBooks.RECEIPTS + "/" + id + "/invoices/" + invoiceId + "/void", trade.key, "{}"), 200);
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "item=" + sku)).isEqualByComparingTo("100.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "item=" + other)).isEqualByComparingTo("50.00");
        assertThat(valueOf(other, "2026-01-31")).isEqualByComparingTo("50.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220202", "supplier=" + supplier)).isEqualByComparingTo("-200.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + supplier)).isEqualByComparingTo("0");
    }

    /**
     * Invoices line by line: each settles the lines it names, the others stay estimated in 220202 until theirs; a line
     * settled by a live invoice is a 409 naming it; voiding one of two invoices restores only its lines' estimate; the
     * close lists the lines still estimated.
     */
    @Test
    void partial_invoices_settle_their_lines_and_the_rest_stays_estimated() {
        long other = books.sku();
        long id = estimateOf("2026-01-05", "10", "10.00", sku, other);
        String path = TradeBooks.RECEIPTS + "/" + id;

        long first = ok(invoice(id, "FP-A", "2026-01-20", line(1, "120.00", "13")), 201).path("id").asLong();
        assertThat(StockBooks.lines(books.vouchers("2026-01", "trade-invoice-difference", first).get(0)))
                .containsExactly("Dr 1405 20.00", "Cr 220202 20.00");
        assertThat(StockBooks.lines(books.vouchers("2026-01", "trade-invoice", first).get(0)))
                .containsExactly("Dr 220202 120.00", "Dr 22210101 15.60", "Cr 220201 135.60");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220202", "supplier=" + supplier)).as("line 2 still estimated")
                .isEqualByComparingTo("-100.00");
        assertThat(books.get(path).path("toInvoice").asText()).as("line 2's estimate gross").isEqualTo("113.00");
        assertThat(books.get(path).path("invoiced").asText()).isEqualTo("135.60");

        JsonNode twice = assertProblem(invoice(id, "FP-B", "2026-01-21", line(2, "90.00", "13") + "," + line(1, "1.00", "13")),
                409, "trade.estimate-invoiced-conflict");
        assertThat(twice.path("detail").asText()).contains("line 1", "FP-A");
        long second = ok(invoice(id, "FP-B", "2026-01-22", line(2, "90.00", "13")), 201).path("id").asLong();
        assertThat(StockBooks.lines(books.vouchers("2026-01", "trade-invoice-difference", second).get(0)))
                .containsExactly("Dr 1405 -10.00", "Cr 220202 -10.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220202", "")).isEqualByComparingTo("0");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + supplier)).isEqualByComparingTo("-237.30");
        assertThat(books.get(path).path("toInvoice").asText()).isEqualTo("0.00");
        assertProblem(invoice(id, "FP-C", "2026-01-23", line(1, "100.00", "13")), 409, "trade.estimate-invoiced-conflict");
        assertProblem(app.post(path + "/cancel", trade.key, "{}"), 409, "trade.estimate-invoiced-conflict");

        ok(app.post(path + "/invoices/" + first + "/void", trade.key, "{}"), 200);
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220202", "supplier=" + supplier)).as("line 1 estimated again")
                .isEqualByComparingTo("-100.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "item=" + sku)).isEqualByComparingTo("100.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "item=" + other)).isEqualByComparingTo("90.00");
        assertThat(valueOf(other, "2026-01-31")).isEqualByComparingTo("90.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + supplier)).isEqualByComparingTo("-101.70");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "22210101", "")).isEqualByComparingTo("11.70");
        assertThat(books.get(path).path("toInvoice").asText()).isEqualTo("113.00");
        assertThat(books.get(path).path("invoiced").asText()).isEqualTo("101.70");

        JsonNode closed = ok(app.post("/api/v1/accounting/periods/2026-01/close", trade.key, "{}"), 200);
        assertThat(closed.path("warnings").toString()).contains("暂估入库", "lines 1 of 2");
        long third = ok(invoice(id, "FP-C", "2026-02-02", line(1, "100.00", "13")), 201).path("id").asLong();
        assertThat(books.vouchers("2026-02", "trade-invoice-difference", third)).as("at the estimate").isEmpty();
        assertThat(trade.closing("2026-02-01", "2026-02-28", "220202", "")).isEqualByComparingTo("0");
        assertThat(books.get(path).path("toInvoice").asText()).isEqualTo("0.00");
    }

    @Test
    void bad_invoices_are_4xx_problems_that_write_nothing() {
        JsonNode plain = trade.document(TradeBooks.RECEIPTS, supplier, warehouse, "2026-01-05", sku, "10", "10.00", "", "");
        assertProblem(invoice(plain.path("id").asLong(), "X1", "2026-01-20", line(1, "100.00", "13")), 409,
                "trade.not-estimated-conflict");
        long id = estimate("2026-01-05", "10", "10.00").path("id").asLong();
        String draft = "{\"partnerId\":" + supplier + ",\"warehouseId\":" + warehouse + ",\"date\":\"2026-01-06\","
                + "\"estimated\":true,\"lines\":[{\"skuId\":" + sku + ",\"quantity\":\"1\",\"unit\":\"个\",\"price\":\"1.00\","
                + "\"taxRatePercent\":\"13\"}]}";
        long drafted = ok(app.post(TradeBooks.RECEIPTS, trade.key, draft), 201).path("id").asLong();
        assertProblem(invoice(drafted, "X2", "2026-01-20", line(1, "1.00", "13")), 409, "trade.illegal-status");
        assertProblem(invoice(id, "X3", "2026-01-20", line(1, "100.00", "12")), 422, "trade.invalid-field");
        assertProblem(invoice(id, "X4", "2026-01-20", line(1, "100.001", "13")), 422, "kernel.too-many-decimals");
        assertProblem(invoice(id, "X5", "2026-01-20", line(2, "100.00", "13")), 422, "trade.invalid-field");
        assertProblem(invoice(id, "X6", "2026-01-04", line(1, "100.00", "13")), 422, "trade.invalid-field");
        assertProblem(invoice(id, "X7", "2026-01-20", "{\"line\":1,\"net\":\"100.00\",\"tax\":\"13.01\",\"taxRatePercent\":\"13\"}"),
                422, "trade.invalid-field");
        assertProblem(app.post(TradeBooks.RECEIPTS, trade.key, draft.replace("\"estimated\":true", "\"estimated\":true,"
                + "\"currency\":\"USD\",\"exchangeRate\":\"7.1\"")), 422, "trade.invalid-field");

        assertThat(books.get(TradeBooks.RECEIPTS + "/" + id + "/invoices")).isEmpty();
        assertThat(books.get("/api/v1/inventory/documents?kind=landed-cost").path("items")).isEmpty();
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + supplier)).as("the plain receipt only")
                .isEqualByComparingTo("-113.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220202", "supplier=" + supplier)).isEqualByComparingTo("-100.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo("200.00");
    }
}
