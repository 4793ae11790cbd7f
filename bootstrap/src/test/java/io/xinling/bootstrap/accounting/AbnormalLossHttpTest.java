package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.xinling.bootstrap.accounting.StockBooks.doc;
import static io.xinling.bootstrap.accounting.StockBooks.line;
import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 2.10 and IV-7 over HTTP: a stocktake flagged as abnormal loss (非正常损失) reverses the lost goods' input VAT,
 * Cr 22210103 = round2(cost × rate) with the matching Dr 190101, through re-costs and cancellation; a normal loss
 * and a gain reverse nothing, and a small-scale taxpayer never deducted any.
 */
class AbnormalLossHttpTest {

    private static TestApp app;
    private StockBooks books;
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
    void stock() {
        books = new StockBooks(app);
        warehouse = books.warehouse(false);
        sku = books.sku("13");
        books.receipt("2026-01-02", warehouse, sku, "10", "100.00");
    }

    private String stocktake(String counted, String abnormal) {
        String body = doc("stocktake", "2026-01-05", warehouse, null, line(sku, counted, ""));
        return abnormal == null ? body : body.substring(0, body.length() - 1) + ",\"abnormalLoss\":" + abnormal + "}";
    }

    @Test
    void an_abnormal_loss_reverses_its_input_vat_and_the_document_shows_the_flag() {
        long count = books.posted(stocktake("6", "true"));
        JsonNode doc = books.get("/api/v1/inventory/documents/" + count);
        assertThat(doc.path("abnormalLoss").asBoolean()).isTrue();
        assertThat(doc.path("flags").toString()).isEqualTo("[\"abnormal-loss\"]");
        JsonNode voucher = books.vouchers("2026-01", "inventory-document", count).get(0);
        assertThat(StockBooks.lines(voucher)).containsExactlyInAnyOrder("Dr 190101 45.20", "Cr 1405 40.00",
                "Cr 22210103 5.20");
        assertThat(voucher.path("provenance").path("templateId").asText()).isEqualTo("inventory.stocktake.abnormal-loss");
    }

    @Test
    void a_normal_loss_and_an_abnormal_gain_reverse_no_vat() {
        long normal = books.posted(stocktake("6", null));
        assertThat(books.get("/api/v1/inventory/documents/" + normal).path("abnormalLoss").asBoolean(true)).isFalse();
        assertThat(books.lines("2026-01", "inventory-document", normal)).containsExactlyInAnyOrder("Dr 190101 40.00",
                "Cr 1405 40.00");
        long gain = books.posted(stocktake("8", "true").replace("2026-01-05", "2026-01-06"));
        assertThat(books.lines("2026-01", "inventory-document", gain)).containsExactlyInAnyOrder("Dr 1405 20.00",
                "Cr 190101 20.00");
        assertThat(books.closing("2026-01-01", "2026-01-31", "22210103")).isEqualByComparingTo("0.00");
    }

    @Test
    void a_recost_moves_the_reversal_with_the_loss_and_a_cancel_takes_it_back() {
        long count = books.posted(stocktake("6", "true"));
        // a receipt backdated before the count makes the loss 6 units at 10.00: 60.00, its VAT 7.80
        books.receipt("2026-01-03", warehouse, sku, "2", "20.00");
        JsonNode delta = books.vouchers("2026-01", "inventory-recost", count).get(0);
        assertThat(StockBooks.lines(delta)).containsExactlyInAnyOrder("Dr 190101 22.60", "Cr 1405 20.00",
                "Cr 22210103 2.60");
        assertThat(books.closing("2026-01-01", "2026-01-31", "22210103")).isEqualByComparingTo("-7.80");
        assertThat(books.closing("2026-01-01", "2026-01-31", "190101")).isEqualByComparingTo("67.80");

        ok(app.post("/api/v1/inventory/documents/" + count + "/cancel", books.key, "{}"), 200);
        assertThat(books.closing("2026-01-01", "2026-01-31", "22210103")).isEqualByComparingTo("0.00");
        assertThat(books.closing("2026-01-01", "2026-01-31", "190101")).isEqualByComparingTo("0.00");
    }

    @Test
    void a_small_scale_taxpayer_reverses_no_vat() {
        ok(app.post("/api/v1/accounting/books/settings", books.key, "{\"taxpayerKind\":\"small-scale\"}"), 200);
        long count = books.posted(stocktake("6", "true"));
        assertThat(books.lines("2026-01", "inventory-document", count)).containsExactlyInAnyOrder("Dr 190101 40.00",
                "Cr 1405 40.00");
    }

    @Test
    void the_flag_on_another_kind_or_not_a_boolean_is_refused_and_writes_nothing() {
        String receipt = doc("receipt", "2026-01-05", warehouse, "purchase", line(sku, "1", "\"amount\":\"1.00\""));
        HttpResponse<String> onReceipt = app.post("/api/v1/inventory/documents", books.key,
                receipt.substring(0, receipt.length() - 1) + ",\"abnormalLoss\":true}");
        assertProblem(onReceipt, 422, "inventory.invalid-field");
        assertThat(json(onReceipt).path("detail").asText()).contains("abnormalLoss");
        HttpResponse<String> notBoolean = app.post("/api/v1/inventory/documents", books.key, stocktake("6", "\"yes\""));
        assertThat(notBoolean.statusCode()).as(notBoolean.body()).isBetween(400, 422);
        assertThat(books.get("/api/v1/inventory/documents").path("items")).hasSize(1);
    }
}
