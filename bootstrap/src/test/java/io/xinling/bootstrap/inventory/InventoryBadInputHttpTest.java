package io.xinling.bootstrap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.xinling.bootstrap.inventory.InventoryClient.doc;
import static io.xinling.bootstrap.inventory.InventoryClient.line;
import static io.xinling.bootstrap.inventory.InventoryClient.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.persistence.jooq.Tables.COST_DELTAS;
import static io.xinling.persistence.jooq.Tables.INVENTORY_DOCUMENTS;
import static io.xinling.persistence.jooq.Tables.STOCK_MOVEMENTS;
import static org.assertj.core.api.Assertions.assertThat;

/** Every bad input of issue 3 is a 4xx problem, and the refused request writes nothing. */
class InventoryBadInputHttpTest {

    private static TestApp app;
    private IssuedKey key;
    private InventoryClient inv;
    private long w1;
    private long plain;
    private long rows;

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
        key = app.newTenant("warehouse", "admin");
        inv = new InventoryClient(app, key.key());
        w1 = inv.warehouse("central", false);
        plain = inv.sku("瓶", "\"units\":[{\"unit\":\"箱\",\"factor\":\"24\"}]");
        inv.receipt("2026-01-01", w1, plain, "10", "瓶", "100.00");
        rows = rowCount();
    }

    @AfterEach
    void nothingWritten() {
        assertThat(rowCount()).as("rows written by refused requests").isEqualTo(rows);
    }

    private long rowCount() {
        var dsl = TestDatabase.database().dsl();
        long t = key.tenant().value();
        return dsl.fetchCount(INVENTORY_DOCUMENTS, INVENTORY_DOCUMENTS.TENANT_ID.eq(t))
                + 1000L * dsl.fetchCount(STOCK_MOVEMENTS, STOCK_MOVEMENTS.TENANT_ID.eq(t))
                + 1_000_000L * dsl.fetchCount(COST_DELTAS, COST_DELTAS.TENANT_ID.eq(t))
                + 7L * dsl.fetchCount(INVENTORY_DOCUMENTS, INVENTORY_DOCUMENTS.TENANT_ID.eq(t)
                        .and(INVENTORY_DOCUMENTS.STATUS.eq("POSTED")));
    }

    private HttpResponse<String> issue(String... lines) {
        return inv.create(doc("issue", "2026-01-05", w1, lines));
    }

    @Test
    void unknown_sku_or_warehouse() {
        assertProblem(issue(line(999_999_999L, "1", "瓶", "")), 422, "catalog.unknown-sku");
        assertProblem(inv.create(doc("issue", "2026-01-05", 999_999_999L, line(plain, "1", "瓶", ""))), 422,
                "inventory.unknown-warehouse");
    }

    @Test
    void a_unit_the_sku_cannot_convert() {
        assertProblem(issue(line(plain, "1", "千克", "")), 422, "inventory.unknown-unit");
    }

    @Test
    void zero_or_negative_quantity() {
        assertProblem(issue(line(plain, "0", "瓶", "")), 422, "inventory.non-positive-quantity");
        assertProblem(issue(line(plain, "１", "瓶", "")), 422, "kernel.invalid-value");
        assertProblem(issue(line(plain, "-2", "瓶", "")), 422, "inventory.non-positive-quantity");
    }

    @Test
    void more_decimals_than_allowed() {
        assertProblem(issue(line(plain, "1.1234567", "瓶", "")), 422, "kernel.too-many-decimals");
        assertProblem(inv.create(doc("receipt", "2026-01-05", w1, line(plain, "1", "瓶", "\"amount\":\"1.001\""))),
                422, "kernel.too-many-decimals");
    }

    @Test
    void a_quantity_beyond_what_the_ledger_holds_in_base_units() {
        long huge = inv.sku("个", "\"units\":[{\"unit\":\"柜\",\"factor\":\"1000000000\"}]");
        rows = rowCount();
        assertProblem(inv.create(doc("receipt", "2026-01-05", w1, line(huge, "10000", "柜", "\"amount\":\"1.00\""))),
                422, "inventory.quantity-out-of-range");
        assertProblem(inv.create(doc("receipt", "2026-01-05", w1, line(plain, "10000000000000", "瓶", "\"amount\":\"1.00\""))),
                422, "inventory.quantity-out-of-range");
        // each line within range, but the balance would wrap around: it held 10 and went to -446744073709.55 before
        inv.posted(doc("receipt", "2026-01-06", w1, line(plain, "999999999990", "瓶", "\"amount\":\"1.00\"")));
        rows = rowCount();
        assertProblem(inv.create(doc("receipt", "2026-01-07", w1, line(plain, "1", "瓶", "\"amount\":\"1.00\""))), 422,
                "inventory.quantity-out-of-range");
        JsonNode balance = ok(app.get("/api/v1/inventory/balances?date=2026-01-31&skuId=" + plain, key.key()), 200).get(0);
        assertThat(balance.path("quantity").asText()).isEqualTo("1000000000000");
    }

    @Test
    void batch_missing_on_a_batch_sku() {
        long batched = inv.sku("个", "\"tracking\":\"batch\",\"shelfLifeDays\":30");
        rows = rowCount();
        assertProblem(inv.create(doc("receipt", "2026-01-05", w1, line(batched, "1", "个", "\"amount\":\"1.00\""))),
                422, "inventory.batch-missing");
    }

    @Test
    void a_referenced_return_of_a_serial_another_sale_took_out() {
        long serial = inv.sku("台", "\"tracking\":\"serial\"");
        inv.posted(doc("receipt", "2026-01-02", w1, line(serial, "2", "台", "\"amount\":\"1800.00\",\"serials\":[\"SN-A\",\"SN-B\"]")));
        long first = inv.posted(doc("issue", "2026-01-03", w1, line(serial, "1", "台", "\"serials\":[\"SN-A\"]"))).path("id").asLong();
        inv.posted(doc("issue", "2026-01-03", w1, line(serial, "1", "台", "\"serials\":[\"SN-B\"]")));
        rows = rowCount();
        assertProblem(inv.create(doc("sales-return", "2026-01-04", w1, line(serial, "1", "台",
                "\"saleDocumentId\":" + first + ",\"serials\":[\"SN-B\"]"))), 422, "inventory.serial-not-on-sale");
        JsonNode state = ok(app.get("/api/v1/inventory/serials/SN-B/state", key.key()), 200);
        assertThat(state.get(0).path("state").asText()).isEqualTo("issued");
    }

    @Test
    void serial_count_differs_from_quantity_and_duplicate_serials() {
        long serial = inv.sku("台", "\"tracking\":\"serial\"");
        inv.posted(doc("receipt", "2026-01-02", w1, line(serial, "1", "台", "\"amount\":\"900.00\",\"serials\":[\"SN-1\"]")));
        rows = rowCount();
        assertProblem(inv.create(doc("receipt", "2026-01-05", w1,
                line(serial, "2", "台", "\"amount\":\"1.00\",\"serials\":[\"SN-2\"]"))), 422, "inventory.serial-count-mismatch");
        assertProblem(inv.create(doc("receipt", "2026-01-05", w1,
                line(serial, "2", "台", "\"amount\":\"1.00\",\"serials\":[\"SN-3\",\"SN-3\"]"))), 422, "inventory.duplicate-serial");
        assertProblem(inv.create(doc("receipt", "2026-01-05", w1,
                line(serial, "1", "台", "\"amount\":\"1.00\",\"serials\":[\"SN-1\"]"))), 422, "inventory.duplicate-serial");
        JsonNode trace = ok(app.get("/api/v1/inventory/serials/SN-1/trace", key.key()), 200);
        assertThat(trace).hasSize(1);
    }

    @Test
    void a_date_in_a_closed_period() {
        long draft = ok(issue(line(plain, "1", "瓶", "")), 201).path("id").asLong();
        // spec 5.1 step 1: a draft dated in the period holds its close back, so none is ever left in a closed period
        JsonNode blocked = assertProblem(app.post("/api/v1/accounting/periods/2026-01/close", key.key(), "{}"), 422,
                "accounting.close-blocked");
        assertThat(blocked.path("detail").asText()).contains("inventory issue", "(2026-01-05)");
        ok(inv.post(draft), 200);
        rows = rowCount();
        ok(app.post("/api/v1/accounting/periods/2026-01/close", key.key(), "{}"), 200);
        assertProblem(issue(line(plain, "1", "瓶", "")), 422, "inventory.date-in-closed-period");
        ok(app.post("/api/v1/accounting/periods/2026-01/reopen", key.key(), "{\"reason\":\"test\"}"), 200);
    }

    @Test
    void posting_twice_and_cancelling_a_cancelled_document() {
        long id = inv.issue("2026-01-05", w1, plain, "1", "瓶").path("id").asLong();
        JsonNode twice = assertProblem(inv.post(id), 409, "inventory.already-posted");
        assertThat(twice.path("detail").asText()).contains("already posted");
        ok(inv.cancel(id), 200);
        rows = rowCount();
        JsonNode again = assertProblem(inv.cancel(id), 409, "inventory.already-cancelled");
        assertThat(again.path("detail").asText()).contains("already cancelled");
        assertProblem(inv.post(id), 409, "inventory.already-cancelled");
    }

    @Test
    void stock_short_when_negative_stock_is_off_names_sku_warehouse_batch_and_shortfall() {
        long batched = inv.sku("瓶", "\"units\":[{\"unit\":\"箱\",\"factor\":\"24\"}],\"tracking\":\"batch\"");
        inv.posted(doc("receipt", "2026-01-02", w1, line(batched, "1", "箱", "\"amount\":\"48.00\",\"batch\":\"B7\"")));
        long draft = ok(inv.create(doc("issue", "2026-01-05", w1, line(batched, "2", "箱", "\"batch\":\"B7\""))), 201)
                .path("id").asLong();
        rows = rowCount();
        JsonNode problem = assertProblem(inv.post(draft), 422, "inventory.insufficient-stock");
        assertThat(problem.path("detail").asText()).contains("SKU", "" + batched, "" + w1, "B7", "24", "1", "箱");
        JsonNode still = ok(app.get("/api/v1/inventory/documents/" + draft, key.key()), 200);
        assertThat(still.path("status").asText()).isEqualTo("draft");
    }

    @Test
    void wrong_role_is_403_and_another_tenants_document_is_404() {
        long id = ok(issue(line(plain, "1", "瓶", "")), 201).path("id").asLong();
        rows = rowCount();
        IssuedKey viewer = app.keyFor(key.tenant().value(), "viewer");
        assertThat(app.post("/api/v1/inventory/documents/" + id + "/post", viewer.key(), "{}").statusCode()).isEqualTo(403);
        assertThat(app.get("/api/v1/inventory/documents/" + id, viewer.key()).statusCode()).isEqualTo(200);
        IssuedKey stranger = app.newTenant("warehouse");
        assertProblem(app.get("/api/v1/inventory/documents/" + id, stranger.key()), 404, "inventory.document-not-found");
        assertProblem(app.post("/api/v1/inventory/documents/" + id + "/post", stranger.key(), "{}"), 404,
                "inventory.document-not-found");
        assertThat(app.get("/api/v1/inventory/documents/abc", key.key()).statusCode()).isEqualTo(404);
    }

    @Test
    void malformed_and_wrongly_shaped_bodies() {
        assertThat(inv.create("{not json").statusCode()).isEqualTo(400);
        assertThat(inv.create("{\"kind\":\"issue\",\"lines\":\"x\"}").statusCode()).isEqualTo(422);
        assertProblem(inv.create("{\"kind\":\"teleport\",\"date\":\"2026-01-05\"}"), 422, "inventory.invalid-field");
    }
}
