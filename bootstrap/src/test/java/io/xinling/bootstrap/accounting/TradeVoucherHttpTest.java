package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.accounting.TradeVoucherGenerator;
import io.xinling.application.trade.TradeKind;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5 over HTTP: purchase and sales documents, receipts and write-offs write their vouchers (4.1, section 7). */
class TradeVoucherHttpTest {

    private static TestApp app;
    private TradeBooks trade;
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
        trade = new TradeBooks(app);
        books = trade.books;
    }

    @Test
    void E1_purchases_and_a_sale_write_one_voucher_each_and_the_trial_balance_follows() {
        long supplier = trade.partner("supplier");
        long customer = trade.partner("customer");
        long w1 = books.warehouse(false);
        long a = books.sku();
        JsonNode p1 = trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-02", a, "100", "10.00", "", "");
        JsonNode p2 = trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-03", a, "50", "13.00", "", "");
        JsonNode s = trade.document(TradeBooks.DELIVERIES, customer, w1, "2026-01-04", a, "60", "20.00", "", "");

        assertThat(books.lines("2026-01", "trade-document", p1.path("id").asLong()))
                .containsExactly("Dr 1405 1000.00", "Dr 22210101 130.00", "Cr 220201 1130.00");
        assertThat(books.lines("2026-01", "trade-document", p2.path("id").asLong()))
                .containsExactly("Dr 1405 650.00", "Dr 22210101 84.50", "Cr 220201 734.50");
        JsonNode sale = books.vouchers("2026-01", "trade-document", s.path("id").asLong()).get(0);
        assertThat(StockBooks.lines(sale)).containsExactly("Dr 1122 1356.00", "Cr 5001 1200.00", "Cr 22210102 156.00",
                "Dr 5401 660.00", "Cr 1405 660.00");
        assertThat(sale.path("lines").get(0).path("dimensions").path("customer").asText()).isEqualTo(Long.toString(customer));
        assertThat(sale.path("lines").get(4).path("dimensions").path("item").asText()).isEqualTo(Long.toString(a));
        JsonNode purchase = books.vouchers("2026-01", "trade-document", p1.path("id").asLong()).get(0);
        assertThat(purchase.path("lines").get(2).path("dimensions").path("supplier").asText()).isEqualTo(Long.toString(supplier));
        // the inventory documents of trade documents write no voucher of their own: nothing in 220202 暂估
        assertThat(books.vouchers("2026-01", "inventory-document", p1.path("inventoryDocumentId").asLong())).isEmpty();
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220202", "")).isEqualByComparingTo("0");

        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo("990.00")
                .isEqualByComparingTo(books.stockValue("2026-01-31"));
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + supplier)).isEqualByComparingTo("-1864.50");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1122", "customer=" + customer)).isEqualByComparingTo("1356.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "5001", "")).isEqualByComparingTo("-1200.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "5401", "")).isEqualByComparingTo("660.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "22210101", "")).isEqualByComparingTo("214.50");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "22210102", "")).isEqualByComparingTo("-156.00");

        // a document's voucher is reversed by cancelling the document: alone, the books would leave the stock and payables
        JsonNode refused = assertProblem(app.post("/api/v1/accounting/vouchers/" + purchase.path("id").asLong() + "/reverse", trade.key,
                "{\"date\":\"2026-01-20\"}"), 409, "accounting.illegal-transition");
        assertThat(refused.path("detail").asText()).contains("trade-document " + p1.path("id").asLong(), "cancel");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo(books.stockValue("2026-01-31"));
    }

    @Test
    void I19_the_VAT_line_equals_the_sum_of_the_line_taxes() {
        long customer = trade.partner("customer");
        long w1 = books.warehouse(false);
        long a = books.sku();
        long b = books.sku();
        books.receipt("2026-01-01", w1, a, "100", "100.00");
        books.receipt("2026-01-01", w1, b, "100", "100.00");
        String body = "{\"partnerId\":" + customer + ",\"warehouseId\":" + w1 + ",\"date\":\"2026-01-05\","
                + "\"priceEntry\":\"tax-inclusive\",\"lines\":["
                + "{\"skuId\":" + a + ",\"quantity\":\"3\",\"unit\":\"个\",\"price\":\"9.99\",\"taxRatePercent\":\"13\"},"
                + "{\"skuId\":" + b + ",\"quantity\":\"7\",\"unit\":\"个\",\"price\":\"3.33\",\"taxRatePercent\":\"9\"},"
                + "{\"skuId\":" + a + ",\"quantity\":\"1\",\"unit\":\"个\",\"price\":\"0.07\",\"taxRatePercent\":\"13\"}]}";
        long id = ok(app.post(TradeBooks.DELIVERIES, trade.key, body), 201).path("id").asLong();
        JsonNode doc = ok(app.post(TradeBooks.DELIVERIES + "/" + id + "/post", trade.key, "{}"), 200);

        BigDecimal lineTax = BigDecimal.ZERO;
        for (JsonNode line : doc.path("lines")) {
            lineTax = lineTax.add(new BigDecimal(line.path("tax").asText()));
            assertThat(new BigDecimal(line.path("net").asText()).add(new BigDecimal(line.path("tax").asText())))
                    .isEqualByComparingTo(line.path("gross").asText());
        }
        JsonNode voucher = books.vouchers("2026-01", "trade-document", id).get(0);
        BigDecimal vat = BigDecimal.ZERO;
        for (JsonNode line : voucher.path("lines")) {
            if (line.path("account").asText().equals("22210102")) {
                vat = vat.add(new BigDecimal(line.path("credit").asText()));
            }
        }
        assertThat(vat).isEqualByComparingTo(lineTax).isEqualByComparingTo(doc.path("tax").asText());
    }

    @Test
    void E7_a_referenced_sales_return_reverses_revenue_and_COGS_at_the_original_cost() {
        long supplier = trade.partner("supplier");
        long customer = trade.partner("customer");
        long w1 = books.warehouse(false);
        long a = books.sku();
        trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-02", a, "10", "5.00", "", "");
        JsonNode s1 = trade.document(TradeBooks.DELIVERIES, customer, w1, "2026-01-03", a, "4", "9.00", "", "");
        trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-04", a, "6", "8.00", "", "");
        JsonNode ret = trade.document(TradeBooks.RETURNS, customer, w1, "2026-01-05", a, "2", "9.00",
                "\"deliveryId\":" + s1.path("id").asLong(), "\"deliveryLine\":1");

        JsonNode voucher = books.vouchers("2026-01", "trade-document", ret.path("id").asLong()).get(0);
        assertThat(StockBooks.lines(voucher)).containsExactly("Dr 1122 -20.34", "Cr 5001 -18.00", "Cr 22210102 -2.34",
                "Dr 5401 -10.00", "Cr 1405 -10.00");
        BigDecimal debit = BigDecimal.ZERO;
        for (JsonNode line : voucher.path("lines")) {
            debit = debit.add(new BigDecimal(line.path("debit").asText()));
        }
        assertThat(debit).isEqualByComparingTo("-30.34");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo("88.00")
                .isEqualByComparingTo(books.stockValue("2026-01-31"));
        assertThat(trade.closing("2026-01-01", "2026-01-31", "5401", "")).isEqualByComparingTo("10.00");
    }

    @Test
    void an_unreferenced_sales_return_reverses_revenue_and_COGS_at_the_current_average() {
        long supplier = trade.partner("supplier");
        long customer = trade.partner("customer");
        long w1 = books.warehouse(false);
        long a = books.sku();
        trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-02", a, "10", "5.00", "", "");
        trade.document(TradeBooks.DELIVERIES, customer, w1, "2026-01-03", a, "4", "9.00", "", "");
        trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-04", a, "6", "8.00", "", "");
        // 12 units worth 78.00 on hand: 2 come back at 6.50 each
        JsonNode ret = trade.document(TradeBooks.RETURNS, customer, w1, "2026-01-05", a, "2", "9.00", "", "");

        JsonNode voucher = books.vouchers("2026-01", "trade-document", ret.path("id").asLong()).get(0);
        assertThat(StockBooks.lines(voucher)).containsExactly("Dr 1122 -20.34", "Cr 5001 -18.00", "Cr 22210102 -2.34",
                "Dr 5401 -13.00", "Cr 1405 -13.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo("91.00")
                .isEqualByComparingTo(books.stockValue("2026-01-31"));
        assertThat(trade.closing("2026-01-01", "2026-01-31", "5401", "")).isEqualByComparingTo("7.00");
    }

    @Test
    void E15_receipt_with_write_off_then_the_advance_applied_and_reversed() {
        long supplier = trade.partner("supplier");
        long x = trade.partner("customer");
        long w1 = books.warehouse(false);
        long a = books.sku();
        trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-03-01", a, "100", "10.00", "", "");
        JsonNode s100 = trade.document(TradeBooks.DELIVERIES, x, w1, "2026-03-02", a, "60", "20.00", "", "");
        long item = s100.path("openItemId").asLong();
        JsonNode advance = trade.receipt(x, "advance", "bank", "2026-03-03", "500.00", "");
        JsonNode receipt = trade.receipt(x, "receipt", "bank", "2026-03-10", "1000.00", TradeBooks.allocation(item, "1000.00"));

        long receiptItem = receipt.path("credit").path("id").asLong();
        assertThat(books.lines("2026-03", "settlement-item", receiptItem)).containsExactly("Dr 1002 1000.00", "Cr 1122 1000.00");
        assertThat(books.lines("2026-03", "settlement-item", advance.path("credit").path("id").asLong()))
                .containsExactly("Dr 1002 500.00", "Cr 220301 500.00");
        assertThat(books.vouchers("2026-03", "settlement-write-off", receipt.path("writeOffs").get(0).path("id").asLong()))
                .as("核销 of a receipt posts nothing").isEmpty();

        JsonNode applied = ok(app.post("/api/v1/settlement/write-offs", trade.key, """
                {"creditItemId":%d,"date":"2026-03-11","allocations":[%s]}""".formatted(
                advance.path("credit").path("id").asLong(), TradeBooks.allocation(item, "356.00"))), 201);
        long writeOff = applied.path("writeOffs").get(0).path("id").asLong();
        assertThat(books.lines("2026-03", "settlement-write-off", writeOff)).containsExactly("Dr 220301 356.00", "Cr 1122 356.00");
        assertThat(trade.closing("2026-03-01", "2026-03-31", "1122", "customer=" + x)).isEqualByComparingTo("0");
        assertThat(trade.closing("2026-03-01", "2026-03-31", "220301", "customer=" + x)).isEqualByComparingTo("-144.00");

        JsonNode reversal = ok(app.post("/api/v1/settlement/write-offs/" + writeOff + "/reversal", trade.key,
                "{\"date\":\"2026-03-12\"}"), 201);
        assertThat(books.lines("2026-03", "settlement-write-off", reversal.path("id").asLong()))
                .containsExactly("Dr 220301 -356.00", "Cr 1122 -356.00");
        assertThat(trade.closing("2026-03-01", "2026-03-31", "1122", "customer=" + x)).isEqualByComparingTo("356.00");
        assertThat(trade.closing("2026-03-01", "2026-03-31", "220301", "customer=" + x)).isEqualByComparingTo("-500.00");
    }

    @Test
    void I14_cancelling_a_posted_delivery_reverses_everything_it_booked_including_its_recost_deltas() {
        long supplier = trade.partner("supplier");
        long customer = trade.partner("customer");
        long w1 = books.warehouse(false);
        long a = books.sku();
        trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-02", a, "100", "10.00", "", "");
        JsonNode before = books.trialBalance("2026-01-01", "2026-01-31");
        JsonNode s = trade.document(TradeBooks.DELIVERIES, customer, w1, "2026-01-10", a, "80", "20.00", "", "");
        trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-05", a, "100", "13.00", "", ""); // backdated: delta on s
        assertThat(books.vouchers("2026-01", "inventory-recost", s.path("inventoryDocumentId").asLong())).hasSize(1);

        var tenant = books.issued.tenant();
        var doc = app.application().tradeDocuments().get(tenant, TradeKind.SALES_DELIVERY, s.path("id").asLong()).get();
        assertThat(app.application().inventoryDocuments().cancel(tenant, s.path("inventoryDocumentId").asLong()).isRight()).isTrue();
        var generator = new TradeVoucherGenerator(app.application().accounting().outbox(),
                app.application().inventoryDocuments(), app.application().catalog(), t -> books.issued.user());
        assertThat(generator.cancelled(tenant, doc.document(), doc.amounts()).isRight()).isTrue();

        JsonNode reversal = books.vouchers("2026-01", "trade-document", s.path("id").asLong()).get(1);
        assertThat(StockBooks.lines(reversal)).containsExactlyInAnyOrder("Dr 1122 -1808.00", "Cr 5001 -1600.00",
                "Cr 22210102 -208.00", "Dr 5401 -920.00", "Cr 1405 -920.00");
        for (String account : List.of("1122", "5001", "22210102", "5401")) {
            assertThat(trade.closing("2026-01-01", "2026-01-31", account, "")).as(account).isEqualByComparingTo("0");
        }
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo("2300.00")
                .isEqualByComparingTo(books.stockValue("2026-01-31"));
        assertThat(Books.row(before, "1405")).isNotNull();
    }

    @Test
    void cancelling_posted_trade_documents_reverses_their_vouchers_so_the_books_follow_the_stock() {
        long supplier = trade.partner("supplier");
        long customer = trade.partner("customer");
        long w1 = books.warehouse(false);
        long a = books.sku();
        JsonNode p1 = trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-02", a, "100", "10.00", "", "");
        JsonNode p2 = trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-03", a, "50", "13.00", "", "");
        JsonNode s = trade.document(TradeBooks.DELIVERIES, customer, w1, "2026-01-04", a, "60", "20.00", "", "");

        ok(app.post(TradeBooks.DELIVERIES + "/" + s.path("id").asLong() + "/cancel", trade.key, "{}"), 200);
        for (String account : List.of("1122", "5001", "22210102", "5401")) {
            assertThat(trade.closing("2026-01-01", "2026-01-31", account, "")).as(account).isEqualByComparingTo("0");
        }
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo("1650.00")
                .isEqualByComparingTo(books.stockValue("2026-01-31"));

        // the second receipt, cancelled with nothing sold, leaves the first one alone in stock and in the books
        ok(app.post(TradeBooks.RECEIPTS + "/" + p2.path("id").asLong() + "/cancel", trade.key, "{}"), 200);
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo("1000.00")
                .isEqualByComparingTo(books.stockValue("2026-01-31"));
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + supplier)).isEqualByComparingTo("-1130.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "22210101", "")).isEqualByComparingTo("130.00");
        assertThat(books.vouchers("2026-01", "trade-document", p1.path("id").asLong())).hasSize(1);
    }
}
