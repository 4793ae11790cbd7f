package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4 over HTTP: settling a foreign-currency receivable or payable at another rate than it was booked at
 * books the realised exchange difference to 560302 汇兑损益, so that the item's CNY balance in 1122 / 220201
 * closes to zero with its currency amount.
 */
class ExchangeDifferenceHttpTest {

    private static TestApp app;
    private TradeBooks trade;
    private StockBooks books;
    private long supplier;
    private long customer;
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
        customer = trade.partner("customer");
        warehouse = books.warehouse(false);
        sku = books.sku();
    }

    /** A posted one-line document of USD {@code price} at 0 % VAT and {@code rate}. */
    private JsonNode usdDocument(String path, long partner, String date, String price, String rate) {
        String body = """
                {"partnerId":%d,"warehouseId":%d,"date":"%s","currency":"USD","exchangeRate":"%s",
                 "lines":[{"skuId":%d,"quantity":"1","unit":"个","price":"%s","taxRatePercent":"0"}]}"""
                .formatted(partner, warehouse, date, rate, sku, price);
        long id = ok(app.post(path, trade.key, body), 201).path("id").asLong();
        return ok(app.post(path + "/" + id + "/post", trade.key, "{}"), 200);
    }

    private JsonNode money(String route, long partner, String date, String amount, String rate, String allocations) {
        return ok(app.post("/api/v1/settlement/" + route, trade.key, """
                {"partnerId":%d,"kind":"receipt","method":"bank","date":"%s","currency":"USD","exchangeRate":"%s",
                 "amount":"%s","allocations":[%s]}""".formatted(partner, date, rate, amount, allocations)), 201);
    }

    private JsonNode sale() {
        usdDocument(TradeBooks.RECEIPTS, supplier, "2026-04-01", "50.00", "7.10");
        return usdDocument(TradeBooks.DELIVERIES, customer, "2026-04-02", "100.00", "7.10");
    }

    @Test
    void a_sale_at_7_10_received_at_7_20_credits_1122_with_710_and_the_gain_of_10_to_560302() {
        JsonNode sale = sale();
        assertThat(sale.path("bookGross").asText()).isEqualTo("710.00");
        JsonNode receipt = money("receipts", customer, "2026-04-10", "100.00", "7.20",
                TradeBooks.allocation(sale.path("openItemId").asLong(), "100.00"));

        assertThat(books.lines("2026-04", "settlement-item", receipt.path("credit").path("id").asLong()))
                .containsExactly("Dr 1002 720.00", "Cr 1122 710.00", "Cr 560302 10.00");
        assertThat(trade.closing("2026-04-01", "2026-04-30", "1122", "customer=" + customer)).isEqualByComparingTo("0");
        assertThat(trade.closing("2026-04-01", "2026-04-30", "560302", "")).isEqualByComparingTo("-10.00");
        books.trialBalance("2026-04-01", "2026-04-30");
    }

    @Test
    void the_period_closes_after_a_realised_difference_the_subledger_counting_what_is_open_at_its_book_value() {
        JsonNode sale = sale();
        money("receipts", customer, "2026-04-10", "30.00", "7.20", TradeBooks.allocation(sale.path("openItemId").asLong(), "30.00"));
        JsonNode advance = ok(app.post("/api/v1/settlement/payments", trade.key, """
                {"partnerId":%d,"kind":"advance","method":"bank","date":"2026-04-11","currency":"USD","exchangeRate":"7.00",
                 "amount":"10.00"}""".formatted(supplier)), 201);
        JsonNode purchase = usdDocument(TradeBooks.RECEIPTS, supplier, "2026-04-12", "8.00", "7.10");
        ok(app.post("/api/v1/settlement/write-offs", trade.key, """
                {"creditItemId":%d,"date":"2026-04-13","currency":"USD","allocations":[%s]}""".formatted(
                advance.path("credit").path("id").asLong(), TradeBooks.allocation(purchase.path("openItemId").asLong(),
                        "8.00"))), 201);
        // 70 USD open at 7.10 is 497.00 in 1122; 2 USD of the advance unapplied at 7.00 is 14.00 in 1123
        assertThat(trade.closing("2026-04-01", "2026-04-30", "1122", "customer=" + customer)).isEqualByComparingTo("497.00");
        assertThat(trade.closing("2026-04-01", "2026-04-30", "1123", "supplier=" + supplier)).isEqualByComparingTo("14.00");

        var closed = app.post("/api/v1/accounting/periods/2026-04/close", trade.key, "{}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    }

    @Test
    void a_receipt_settling_two_invoices_books_each_invoice_s_difference_on_its_own_line() {
        usdDocument(TradeBooks.RECEIPTS, supplier, "2026-04-01", "50.00", "7.10");
        usdDocument(TradeBooks.RECEIPTS, supplier, "2026-04-01", "50.00", "7.10");
        JsonNode gain = usdDocument(TradeBooks.DELIVERIES, customer, "2026-04-02", "100.00", "7.10");
        JsonNode loss = usdDocument(TradeBooks.DELIVERIES, customer, "2026-04-03", "100.00", "7.30");
        JsonNode receipt = money("receipts", customer, "2026-04-10", "250.00", "7.20",
                TradeBooks.allocation(gain.path("openItemId").asLong(), "100.00") + ","
                        + TradeBooks.allocation(loss.path("openItemId").asLong(), "100.00"));

        JsonNode voucher = books.vouchers("2026-04", "settlement-item", receipt.path("credit").path("id").asLong()).get(0);
        // 710.00 + 730.00 settled and 360.00 unapplied: a gain of 10.00 on the first, a loss of 10.00 on the second
        assertThat(StockBooks.lines(voucher))
                .containsExactly("Dr 1002 1800.00", "Cr 1122 1800.00", "Cr 560302 10.00", "Dr 560302 10.00");
        assertThat(voucher.path("lines").get(2).path("summary").asText()).endsWith("sales-delivery " + gain.path("id").asText());
        assertThat(voucher.path("lines").get(3).path("summary").asText()).endsWith("sales-delivery " + loss.path("id").asText());
        assertThat(trade.closing("2026-04-01", "2026-04-30", "1122", "customer=" + customer)).isEqualByComparingTo("-360.00");
        assertThat(trade.closing("2026-04-01", "2026-04-30", "560302", "")).isEqualByComparingTo("0");
        books.trialBalance("2026-04-01", "2026-04-30");
    }

    @Test
    void partial_receipts_settle_proportionally_and_the_last_takes_the_remainder_of_the_book_amount() {
        JsonNode sale = sale();
        long item = sale.path("openItemId").asLong();
        JsonNode first = money("receipts", customer, "2026-04-10", "30.00", "7.20", TradeBooks.allocation(item, "30.00"));
        // 30 of 100 USD booked at 7.10 is 213.00 of the 710.00; received at 7.20 it is 216.00
        assertThat(books.lines("2026-04", "settlement-item", first.path("credit").path("id").asLong()))
                .containsExactly("Dr 1002 216.00", "Cr 1122 213.00", "Cr 560302 3.00");
        assertThat(trade.closing("2026-04-01", "2026-04-30", "1122", "customer=" + customer)).isEqualByComparingTo("497.00");

        JsonNode last = money("receipts", customer, "2026-04-20", "70.00", "7.00", TradeBooks.allocation(item, "70.00"));
        assertThat(books.lines("2026-04", "settlement-item", last.path("credit").path("id").asLong()))
                .as("a loss is debited to 560302").containsExactly("Dr 1002 490.00", "Cr 1122 497.00", "Dr 560302 7.00");
        assertThat(trade.closing("2026-04-01", "2026-04-30", "1122", "customer=" + customer)).isEqualByComparingTo("0");
        assertThat(trade.closing("2026-04-01", "2026-04-30", "560302", "")).isEqualByComparingTo("4.00");
    }

    @Test
    void a_payment_at_a_higher_rate_than_the_purchase_books_the_loss_and_closes_220201() {
        JsonNode purchase = usdDocument(TradeBooks.RECEIPTS, supplier, "2026-04-01", "100.00", "7.10");
        JsonNode payment = money("payments", supplier, "2026-04-10", "100.00", "7.20",
                TradeBooks.allocation(purchase.path("openItemId").asLong(), "100.00"));

        assertThat(books.lines("2026-04", "settlement-item", payment.path("credit").path("id").asLong()))
                .containsExactly("Dr 220201 710.00", "Cr 1002 720.00", "Dr 560302 10.00");
        assertThat(trade.closing("2026-04-01", "2026-04-30", "220201", "supplier=" + supplier)).isEqualByComparingTo("0");
    }

    @Test
    void a_receipt_applied_later_books_the_difference_on_the_write_off_and_its_reversal_in_red_ink() {
        JsonNode sale = sale();
        JsonNode receipt = money("receipts", customer, "2026-04-10", "100.00", "7.20", "");
        long credit = receipt.path("credit").path("id").asLong();
        assertThat(books.lines("2026-04", "settlement-item", credit)).containsExactly("Dr 1002 720.00", "Cr 1122 720.00");

        JsonNode applied = ok(app.post("/api/v1/settlement/write-offs", trade.key, """
                {"creditItemId":%d,"date":"2026-04-11","currency":"USD","allocations":[%s]}""".formatted(credit,
                TradeBooks.allocation(sale.path("openItemId").asLong(), "100.00"))), 201);
        long writeOff = applied.path("writeOffs").get(0).path("id").asLong();
        assertThat(books.lines("2026-04", "settlement-write-off", writeOff)).containsExactly("Dr 1122 10.00", "Cr 560302 10.00");
        assertThat(trade.closing("2026-04-01", "2026-04-30", "1122", "customer=" + customer)).isEqualByComparingTo("0");

        JsonNode reversal = ok(app.post("/api/v1/settlement/write-offs/" + writeOff + "/reversal", trade.key,
                "{\"date\":\"2026-04-12\"}"), 201);
        assertThat(books.lines("2026-04", "settlement-write-off", reversal.path("id").asLong()))
                .containsExactly("Dr 1122 -10.00", "Cr 560302 -10.00");
        assertThat(trade.closing("2026-04-01", "2026-04-30", "1122", "customer=" + customer)).isEqualByComparingTo("-10.00");
        assertThat(trade.closing("2026-04-01", "2026-04-30", "560302", "")).isEqualByComparingTo("0");
    }
}
