package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.accounting.TradeVoucherGenerator;
import io.xinling.application.trade.TradeKind;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Batch mode (3.4): posting records what is pending, 生成凭证 writes it (summarised or not), close waits for it. */
class BatchGenerationHttpTest {

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

    private JsonNode generate(String from, String to, boolean summarise) {
        return ok(app.post("/api/v1/accounting/vouchers/generate", trade.key, "{\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"summarise\":" + summarise + "}"), 200);
    }

    @Test
    void batch_mode_posts_no_voucher_until_generated_then_summarises_per_type_and_day_once() {
        assertThat(books.get("/api/v1/accounting/generation").path("mode").asText()).isEqualTo("on-posting");
        JsonNode set = ok(app.post("/api/v1/accounting/generation/settings", trade.key, "{\"mode\":\"batch\"}"), 200);
        assertThat(set.path("mode").asText()).isEqualTo("batch");
        long supplier = trade.partner("supplier");
        long customer = trade.partner("customer");
        long w1 = books.warehouse(false);
        long a = books.sku();
        JsonNode p1 = trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-02", a, "100", "10.00", "", "");
        trade.document(TradeBooks.RECEIPTS, supplier, w1, "2026-01-02", a, "50", "13.00", "", "");
        JsonNode s = trade.document(TradeBooks.DELIVERIES, customer, w1, "2026-01-04", a, "60", "20.00", "", "");

        assertThat(books.get("/api/v1/accounting/vouchers?from=2026-01-01&to=2026-01-31")).isEmpty();
        assertThat(books.get("/api/v1/accounting/generation").path("pending").asInt()).isEqualTo(3);
        assertProblem(app.post("/api/v1/accounting/periods/2026-01/close", trade.key, "{}"), 422, "accounting.close-blocked");

        JsonNode generated = generate("2026-01-01", "2026-01-31", true);
        assertThat(generated.path("generated").asInt()).isEqualTo(2);
        JsonNode day2 = generated.path("vouchers").get(0);
        assertThat(StockBooks.lines(day2)).containsExactly("Dr 1405 1650.00", "Dr 22210101 214.50", "Cr 220201 1864.50");
        assertThat(day2.path("date").asText()).isEqualTo("2026-01-02");
        assertThat(day2.path("attachments").asInt()).isEqualTo(2);
        assertThat(StockBooks.lines(generated.path("vouchers").get(1))).containsExactly("Dr 1122 1356.00",
                "Cr 5001 1200.00", "Cr 22210102 156.00", "Dr 5401 660.00", "Cr 1405 660.00");
        assertThat(generate("2026-01-01", "2026-01-31", true).path("generated").asInt()).as("idempotent").isZero();
        assertThat(books.get("/api/v1/accounting/generation").path("pending").asInt()).isZero();
        assertThat(trade.closing("2026-01-01", "2026-01-31", "1405", "")).isEqualByComparingTo("990.00")
                .isEqualByComparingTo(books.stockValue("2026-01-31"));
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + supplier)).isEqualByComparingTo("-1864.50");
        assertThat(books.vouchers("2026-01", "trade-document", p1.path("id").asLong())).isEmpty();
        assertThat(s.path("id").asLong()).isPositive();
        regenerate(TradeKind.PURCHASE_RECEIPT, p1); // summarised: generating it again leaves nothing pending (I-13)
        assertThat(books.get("/api/v1/accounting/generation").path("pending").asInt()).isZero();
        ok(app.post("/api/v1/accounting/periods/2026-01/close", trade.key, "{}"), 200);

        JsonNode late = trade.document(TradeBooks.DELIVERIES, customer, w1, "2026-02-03", a, "10", "20.00", "", "");
        trade.receipt(customer, "receipt", "cash", "2026-02-04", "100.00", "");
        JsonNode one = generate("2026-02-01", "2026-02-03", false);
        assertThat(one.path("generated").asInt()).isEqualTo(1);
        assertThat(one.path("vouchers").get(0).path("provenance").path("sourceId").asLong()).isEqualTo(late.path("id").asLong());
        assertThat(books.get("/api/v1/accounting/generation").path("pending").asInt()).isEqualTo(1);
        assertThat(StockBooks.lines(generate("2026-02-01", "2026-02-28", false).path("vouchers").get(0)))
                .containsExactly("Dr 1001 100.00", "Cr 1122 100.00");

        regenerate(TradeKind.SALES_DELIVERY, late); // generated on its own: the same (I-13)
        assertThat(books.get("/api/v1/accounting/generation").path("pending").asInt()).isZero();
    }

    private void regenerate(TradeKind kind, JsonNode document) {
        var tenant = books.issued.tenant();
        var generator = new TradeVoucherGenerator(app.application().accounting().outbox(),
                app.application().inventoryDocuments(), app.application().catalog(), t -> books.issued.user());
        var view = app.application().tradeDocuments().get(tenant, kind, document.path("id").asLong()).get();
        assertThat(generator.posted(tenant, view.document(), view.amounts()).isRight()).isTrue();
    }

    @Test
    void bad_generation_requests_are_refused() {
        assertProblem(app.post("/api/v1/accounting/generation/settings", trade.key, "{\"mode\":\"sometimes\"}"), 422,
                "validation-failed");
        assertProblem(app.post("/api/v1/accounting/vouchers/generate", trade.key, "{\"from\":\"2026-02-01\"}"), 422,
                "validation-failed");
        assertProblem(app.post("/api/v1/accounting/vouchers/generate", trade.key,
                "{\"from\":\"2026-02-01\",\"to\":\"2026-01-01\"}"), 422, "accounting.invalid-field");
        String viewer = app.newTenant("viewer").key();
        assertThat(app.post("/api/v1/accounting/vouchers/generate", viewer,
                "{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"}").statusCode()).isEqualTo(403);
    }
}
