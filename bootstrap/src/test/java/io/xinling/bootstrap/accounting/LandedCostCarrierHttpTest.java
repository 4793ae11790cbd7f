package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.xinling.bootstrap.accounting.StockBooks.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4 over HTTP: a landed cost (freight) names its carrier, a supplier partner: its voucher credits
 * 220201 [carrier] (P-5) rather than 220202 under supplier "unassigned", and the carrier gets an open item that a
 * payment settles; cancelling reverses both.
 */
class LandedCostCarrierHttpTest {

    private static TestApp app;
    private TradeBooks trade;
    private StockBooks books;
    private long carrier;
    private long receipt;

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
        carrier = trade.partner("supplier");
        long w1 = books.warehouse(false);
        long a = books.sku();
        receipt = books.receipt("2026-01-01", w1, a, "20", "200.00");
    }

    private String landedCost(String amount, String supplier) {
        return "{\"kind\":\"landed-cost\",\"date\":\"2026-01-05\",\"referenceDocumentId\":" + receipt + ",\"amount\":\""
                + amount + "\"" + (supplier.isEmpty() ? "" : ",\"supplierId\":" + supplier) + ",\"lines\":[]}";
    }

    private JsonNode openItems() {
        return ok(app.get("/api/v1/settlement/open-items?partnerId=" + carrier, trade.key), 200).path("items");
    }

    @Test
    void the_freight_is_owed_to_the_named_carrier_in_220201_and_on_its_open_items_until_paid() {
        long landed = books.posted(landedCost("10.00", Long.toString(carrier)));
        JsonNode document = ok(app.get("/api/v1/inventory/documents/" + landed, trade.key), 200);
        assertThat(document.path("supplierId").asLong()).isEqualTo(carrier);

        JsonNode voucher = books.vouchers("2026-01", "inventory-document", landed).get(0);
        assertThat(StockBooks.lines(voucher)).containsExactly("Dr 1405 10.00", "Cr 220201 10.00");
        assertThat(voucher.path("lines").get(1).path("dimensions").path("supplier").asText()).isEqualTo(Long.toString(carrier));
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220202", "")).as("only the receipt's estimate").isEqualByComparingTo("-200.00");
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + carrier)).isEqualByComparingTo("-10.00");

        JsonNode items = openItems();
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("sourceType").asText()).isEqualTo("landed-cost");
        assertThat(items.get(0).path("sourceRef").asText()).isEqualTo(Long.toString(landed));
        assertThat(items.get(0).path("ledger").asText()).isEqualTo("payable");
        assertThat(items.get(0).path("open").asText()).isEqualTo("10.00");

        ok(app.post("/api/v1/settlement/payments", trade.key, """
                {"partnerId":%d,"method":"bank","date":"2026-01-20","amount":"10.00","allocations":[%s]}"""
                .formatted(carrier, TradeBooks.allocation(items.get(0).path("id").asLong(), "10.00"))), 201);
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + carrier)).isEqualByComparingTo("0");
        assertThat(openItems().get(0).path("open").asText()).isEqualTo("0.00");
        assertProblem(app.post("/api/v1/inventory/documents/" + landed + "/cancel", trade.key, "{}"), 409,
                "settlement.already-written-off");
    }

    @Test
    void cancelling_reverses_the_carriers_open_item_and_its_payable() {
        long landed = books.posted(landedCost("10.00", Long.toString(carrier)));
        ok(app.post("/api/v1/inventory/documents/" + landed + "/cancel", trade.key, "{}"), 200);
        assertThat(trade.closing("2026-01-01", "2026-01-31", "220201", "supplier=" + carrier)).isEqualByComparingTo("0");
        assertThat(openItems()).allSatisfy(i -> assertThat(i.path("open").asText()).isEqualTo("0.00"));
    }

    @Test
    void without_a_carrier_the_freight_stays_an_estimate_under_unassigned() {
        long landed = books.posted(landedCost("10.00", ""));
        assertThat(books.lines("2026-01", "inventory-document", landed)).containsExactly("Dr 1405 10.00", "Cr 220202 10.00");
        assertThat(openItems()).isEmpty();
    }

    @Test
    void a_carrier_that_is_no_supplier_or_unknown_or_on_another_kind_is_422_and_writes_nothing() {
        long customer = trade.partner("customer");
        JsonNode notSupplier = refused(landedCost("10.00", Long.toString(customer)));
        assertThat(notSupplier.path("detail").asText()).contains("supplierId").contains(Long.toString(customer));
        refused(landedCost("10.00", "987654321"));
        refused("{\"kind\":\"receipt\",\"date\":\"2026-01-05\",\"supplierId\":" + carrier + ",\"warehouseId\":"
                + books.warehouse(false) + ",\"lines\":[{\"skuId\":" + books.sku()
                + ",\"quantity\":\"1\",\"unit\":\"个\",\"amount\":\"1.00\"}]}");
        assertThat(ok(app.get("/api/v1/inventory/documents?kind=landed-cost", trade.key), 200).path("items")).isEmpty();
    }

    private JsonNode refused(String body) {
        HttpResponse<String> r = app.post("/api/v1/inventory/documents", trade.key, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        return io.xinling.bootstrap.testing.JsonAssert.json(r);
    }
}
