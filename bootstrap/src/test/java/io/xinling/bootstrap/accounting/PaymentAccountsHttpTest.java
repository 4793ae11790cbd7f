package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 3.3 and 3.4 {@code payment.method.account} over HTTP: a tenant opens its bank accounts below 1002 (100201 工商银行)
 * and maps a payment method to one, so its receipts and payments post there.
 */
class PaymentAccountsHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode subAccount(TradeBooks trade, String code, String name, int status) {
        return ok(app.post("/api/v1/accounting/accounts", trade.key, "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}"),
                status);
    }

    private static String account(JsonNode methods, String method) {
        for (JsonNode m : methods) {
            if (m.path("method").asText().equals(method)) {
                return m.path("account").asText();
            }
        }
        throw new AssertionError("no method " + method + " in " + methods);
    }

    @Test
    void a_bank_account_below_1002_takes_the_bank_receipts_once_the_method_is_mapped_to_it() {
        TradeBooks trade = new TradeBooks(app);
        long customer = trade.partner("customer");
        JsonNode defaults = trade.books.get("/api/v1/accounting/payment-methods");
        assertThat(account(defaults, "cash")).isEqualTo("1001");
        assertThat(account(defaults, "bank")).isEqualTo("1002");
        assertThat(account(defaults, "wechat")).isEqualTo("101201");
        assertThat(account(defaults, "alipay")).isEqualTo("101202");

        subAccount(trade, "100201", "工商银行", 201);
        subAccount(trade, "100202", "招商银行", 201);
        // 1002 is a parent now: the bank method must name one of its leaves, and a receipt waits for that, writing nothing
        assertProblem(app.post("/api/v1/settlement/receipts", trade.key, """
                {"partnerId":%d,"kind":"advance","method":"bank","date":"2026-03-03","amount":"50.00","allocations":[]}"""
                .formatted(customer)), 422, "accounting.account-not-leaf");

        JsonNode mapped = ok(app.put("/api/v1/accounting/payment-methods/bank", trade.key, "{\"account\":\"100202\"}"), 200);
        assertThat(account(mapped, "bank")).isEqualTo("100202");
        assertThat(account(trade.books.get("/api/v1/accounting/payment-methods"), "bank")).isEqualTo("100202");

        JsonNode advance = trade.receipt(customer, "advance", "bank", "2026-03-03", "500.00", "");
        assertThat(trade.books.lines("2026-03", "settlement-item", advance.path("credit").path("id").asLong()))
                .containsExactly("Dr 100202 500.00", "Cr 220301 500.00");
        JsonNode cash = trade.receipt(customer, "advance", "cash", "2026-03-04", "20.00", "");
        assertThat(trade.books.lines("2026-03", "settlement-item", cash.path("credit").path("id").asLong()))
                .containsExactly("Dr 1001 20.00", "Cr 220301 20.00");
        assertThat(trade.closing("2026-03-01", "2026-03-31", "100202", "")).isEqualByComparingTo("500.00");
        assertThat(trade.closing("2026-03-01", "2026-03-31", "1002", "")).isEqualByComparingTo("500.00");
    }

    @Test
    void a_receipt_and_a_payment_recorded_with_their_write_offs_post_to_the_mapped_account_too() {
        TradeBooks trade = new TradeBooks(app);
        long customer = trade.partner("customer");
        long supplier = trade.partner("supplier");
        subAccount(trade, "100201", "工商银行", 201);
        ok(app.put("/api/v1/accounting/payment-methods/bank", trade.key, "{\"account\":\"100201\"}"), 200);
        long invoice = ok(app.post("/api/v1/settlement/open-items", trade.key, """
                {"partnerId":%d,"ledger":"receivable","side":"debit","sourceType":"sales-delivery","sourceRef":"S1",
                 "date":"2026-03-02","amount":"100.00"}""".formatted(customer)), 201).path("id").asLong();
        long bill = ok(app.post("/api/v1/settlement/open-items", trade.key, """
                {"partnerId":%d,"ledger":"payable","side":"debit","sourceType":"purchase-receipt","sourceRef":"P1",
                 "date":"2026-03-02","amount":"40.00"}""".formatted(supplier)), 201).path("id").asLong();

        JsonNode received = trade.receipt(customer, "receipt", "bank", "2026-03-05", "100.00",
                TradeBooks.allocation(invoice, "100.00"));
        assertThat(trade.books.lines("2026-03", "settlement-item", received.path("credit").path("id").asLong()))
                .containsExactly("Dr 100201 100.00", "Cr 1122 100.00");
        JsonNode paid = ok(app.post("/api/v1/settlement/payments", trade.key, """
                {"partnerId":%d,"kind":"receipt","method":"bank","date":"2026-03-06","amount":"40.00","allocations":[%s]}"""
                .formatted(supplier, TradeBooks.allocation(bill, "40.00"))), 201);
        assertThat(trade.books.lines("2026-03", "settlement-item", paid.path("credit").path("id").asLong()))
                .containsExactly("Dr 220201 40.00", "Cr 100201 40.00");
        assertThat(trade.closing("2026-03-01", "2026-03-31", "100201", "")).isEqualByComparingTo("60.00");
    }

    @Test
    void a_wallet_maps_to_a_tenant_sub_account_and_payments_post_there() {
        TradeBooks trade = new TradeBooks(app);
        long supplier = trade.partner("supplier");
        subAccount(trade, "10120101", "微信商户号A", 201);
        ok(app.put("/api/v1/accounting/payment-methods/wechat", trade.key, "{\"account\":\"10120101\"}"), 200);
        JsonNode paid = ok(app.post("/api/v1/settlement/payments", trade.key, """
                {"partnerId":%d,"kind":"advance","method":"wechat","date":"2026-03-05","amount":"80.00","allocations":[]}"""
                .formatted(supplier)), 201);
        assertThat(trade.books.lines("2026-03", "settlement-item", paid.path("credit").path("id").asLong()))
                .containsExactly("Dr 1123 80.00", "Cr 10120101 80.00");
    }

    @Test
    void an_account_with_postings_gets_no_children_and_other_template_leaves_stay_leaves() {
        TradeBooks trade = new TradeBooks(app);
        long customer = trade.partner("customer");
        trade.receipt(customer, "advance", "alipay", "2026-03-03", "10.00", "");
        assertProblem(app.post("/api/v1/accounting/accounts", trade.key, "{\"code\":\"10120201\",\"name\":\"支付宝A\"}"), 422,
                "accounting.account-has-postings");
        assertProblem(app.post("/api/v1/accounting/accounts", trade.key, "{\"code\":\"140501\",\"name\":\"x\"}"), 409,
                "accounting.template-account-conflict");
        assertProblem(app.post("/api/v1/accounting/accounts", trade.key, "{\"code\":\"100101\",\"name\":\"x\"}"), 409,
                "accounting.template-account-conflict");
    }

    @Test
    void a_method_maps_only_to_a_leaf_cash_account_of_the_chart() {
        TradeBooks trade = new TradeBooks(app);
        subAccount(trade, "100201", "工商银行", 201);
        String path = "/api/v1/accounting/payment-methods/bank";
        assertProblem(app.put(path, trade.key, "{\"account\":\"5001\"}"), 422, "accounting.invalid-payment-account");
        assertProblem(app.put(path, trade.key, "{\"account\":\"1002\"}"), 422, "accounting.account-not-leaf");
        assertProblem(app.put(path, trade.key, "{\"account\":\"100299\"}"), 422, "accounting.unknown-account");
        assertProblem(app.put(path, trade.key, "{}"), 422, "accounting.invalid-field");
        assertProblem(app.put("/api/v1/accounting/payment-methods/cheque", trade.key, "{\"account\":\"100201\"}"), 422,
                "accounting.invalid-field");
        assertThat(account(trade.books.get("/api/v1/accounting/payment-methods"), "bank")).isEqualTo("1002");
    }
}
