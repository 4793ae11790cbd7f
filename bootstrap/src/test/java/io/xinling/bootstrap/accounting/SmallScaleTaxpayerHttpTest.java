package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 4 intro, 3.2, 3.5, 5.4 over HTTP: a small-scale taxpayer (小规模纳税人) puts G into inventory, books output tax
 * at the levy rate to 222101 without special columns, deducts no input VAT, and files line 15 at 3%.
 */
class SmallScaleTaxpayerHttpTest {

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
    void small_scale_books_put_the_gross_into_stock_and_book_output_tax_at_the_levy_rate_to_222101() {
        TradeBooks trade = new TradeBooks(app);
        StockBooks books = trade.books;
        ok(app.post("/api/v1/accounting/books/settings", trade.key, "{\"taxpayerKind\":\"small-scale\"}"), 200);
        long supplier = trade.partner("supplier");
        long customer = trade.partner("customer");
        long w = books.warehouse(false);
        long a = books.sku();

        // 10 × 100.00 at 13%: N 1000, T 130, G 1130 — all of it is the goods' cost
        JsonNode receipt = trade.document(TradeBooks.RECEIPTS, supplier, w, "2026-11-02", a, "10", "100.00", "", "");
        assertThat(books.lines("2026-11", "trade-document", receipt.path("id").asLong()))
                .containsExactly("Dr 1405 1130.00", "Cr 220201 1130.00");
        assertThat(books.stockValue("2026-11-02")).isEqualByComparingTo("1130.00");

        // 4 × 100.00 at the 1% levy rate: N 400, T 4, G 404; cost 4 × 113.00
        String sale = "{\"partnerId\":" + customer + ",\"warehouseId\":" + w + ",\"date\":\"2026-11-03\",\"lines\":[{\"skuId\":"
                + a + ",\"quantity\":\"4\",\"unit\":\"个\",\"price\":\"100.00\",\"taxRatePercent\":\"1\"}]}";
        long delivery = ok(app.post(TradeBooks.DELIVERIES, trade.key, sale), 201).path("id").asLong();
        ok(app.post(TradeBooks.DELIVERIES + "/" + delivery + "/post", trade.key, "{}"), 200);
        assertThat(books.lines("2026-11", "trade-document", delivery)).containsExactly("Dr 1122 404.00", "Cr 5001 400.00",
                "Cr 222101 4.00", "Dr 5401 452.00", "Cr 1405 452.00");

        // a purchase return of 2 at the original price takes their gross back out of stock: P = 226.00
        JsonNode returned = trade.document("/api/v1/purchases/returns", supplier, w, "2026-11-04", a, "2", "100.00",
                "\"receiptId\":" + receipt.path("id").asLong(), "\"receiptLine\":1");
        assertThat(books.lines("2026-11", "trade-document", returned.path("id").asLong()))
                .containsExactly("Dr 220201 226.00", "Cr 1405 226.00");
        assertThat(books.closing("2026-11-01", "2026-11-30", "1405")).isEqualByComparingTo("452.00");
        assertThat(books.stockValue("2026-11-30")).isEqualByComparingTo("452.00");

        // 5.4 small-scale: line 1 = 400, line 15 = 400 × 3% = 12, line 20 = the 4 charged, line 16 = 12 − 4; no input deduction
        JsonNode vat = books.get("/api/v1/accounting/tax/vat-return?period=2026-11");
        assertThat(line(vat, 1)).isEqualTo("400.00");
        assertThat(line(vat, 15)).isEqualTo("12.00");
        assertThat(line(vat, 16)).isEqualTo("8.00");
        assertThat(line(vat, 20)).isEqualTo("4.00");
        assertThat(vat.path("taxDue").asText()).isEqualTo("4.00");
        assertThat(books.closing("2026-11-01", "2026-11-30", "222101")).isEqualByComparingTo(new BigDecimal("-4.00"));

        // 222101 now carries lines: its special columns cannot come back under it
        assertProblem(app.post("/api/v1/accounting/books/settings", trade.key, "{\"taxpayerKind\":\"general\"}"), 409,
                "accounting.taxpayer-kind-conflict");
    }

    private static String sale(long customer, long w, long sku, String date, String ratePercent) {
        return "{\"partnerId\":" + customer + ",\"warehouseId\":" + w + ",\"date\":\"" + date + "\",\"lines\":[{\"skuId\":"
                + sku + ",\"quantity\":\"1\",\"unit\":\"个\",\"price\":\"100.00\",\"taxRatePercent\":\"" + ratePercent + "\"}]}";
    }

    @Test
    void a_small_scale_sale_at_a_rate_that_is_not_a_levy_rate_is_refused_and_nothing_is_written() {
        TradeBooks trade = new TradeBooks(app);
        StockBooks books = trade.books;
        long customer = trade.partner("customer");
        long w = books.warehouse(false);
        long a = books.sku();
        // saved while general: 13% is a general rate
        long draft = ok(app.post(TradeBooks.DELIVERIES, trade.key, sale(customer, w, a, "2026-11-03", "13")), 201)
                .path("id").asLong();
        ok(app.post("/api/v1/accounting/books/settings", trade.key, "{\"taxpayerKind\":\"small-scale\"}"), 200);

        String detail = assertProblem(app.post(TradeBooks.DELIVERIES, trade.key, sale(customer, w, a, "2026-11-03", "13")),
                422, "trade.not-a-levy-rate").path("detail").asText();
        assertThat(detail).contains("lines[0].taxRatePercent: 13%", "small-scale", "3%", "1%");
        assertProblem(app.post(TradeBooks.DELIVERIES, trade.key, sale(customer, w, a, "2026-11-03", "6")), 422,
                "trade.not-a-levy-rate");
        assertProblem(app.post("/api/v1/sales/orders", trade.key, sale(customer, w, a, "2026-11-03", "9")), 422,
                "trade.not-a-levy-rate");
        // the 1% reduction ends with 2027; 3% stays
        assertProblem(app.post(TradeBooks.DELIVERIES, trade.key, sale(customer, w, a, "2028-01-03", "1")), 422,
                "trade.not-a-levy-rate");
        // the draft saved at 13% is not posted, nor updated at a general rate, once the books are small-scale
        assertProblem(app.post(TradeBooks.DELIVERIES + "/" + draft + "/post", trade.key, "{}"), 422, "trade.not-a-levy-rate");
        assertProblem(app.put(TradeBooks.DELIVERIES + "/" + draft, trade.key, sale(customer, w, a, "2026-11-04", "13")), 422,
                "trade.not-a-levy-rate");
        assertThat(books.get(TradeBooks.DELIVERIES + "/" + draft).path("status").asText()).isEqualTo("draft");
        assertThat(books.get(TradeBooks.DELIVERIES).path("total").asLong()).isEqualTo(1);

        ok(app.post(TradeBooks.DELIVERIES, trade.key, sale(customer, w, a, "2026-11-03", "3")), 201);
        ok(app.post(TradeBooks.DELIVERIES, trade.key, sale(customer, w, a, "2026-11-03", "1")), 201);
        ok(app.put(TradeBooks.DELIVERIES + "/" + draft, trade.key, sale(customer, w, a, "2026-11-04", "3")), 200);
    }

    @Test
    void a_general_taxpayer_with_input_tax_booked_cannot_turn_small_scale() {
        TradeBooks trade = new TradeBooks(app);
        long w = trade.books.warehouse(false);
        trade.document(TradeBooks.RECEIPTS, trade.partner("supplier"), w, "2026-11-02", trade.books.sku(), "1", "100.00", "", "");
        assertProblem(app.post("/api/v1/accounting/books/settings", trade.key,
                "{\"taxpayerKind\":\"small-scale\",\"allowSelfReview\":true}"), 409, "accounting.taxpayer-kind-conflict");
        JsonNode settings = trade.books.get("/api/v1/accounting/books");
        assertThat(settings.path("taxpayerKind").asText()).isEqualTo("general");
        assertThat(settings.path("allowSelfReview").asBoolean()).isFalse();
    }

    private static String line(JsonNode vat, int line) {
        for (JsonNode l : vat.path("lines")) {
            if (l.path("line").asInt() == line) {
                return l.path("amount").asText();
            }
        }
        throw new AssertionError("no line " + line + " in " + vat);
    }
}
