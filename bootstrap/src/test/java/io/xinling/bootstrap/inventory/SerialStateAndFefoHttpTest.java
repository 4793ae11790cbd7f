package io.xinling.bootstrap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.inventory.InventoryClient.doc;
import static io.xinling.bootstrap.inventory.InventoryClient.line;
import static io.xinling.bootstrap.inventory.InventoryClient.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3: the state of a serial (in stock, issued, returned) and a first-expired-first-out pick suggestion. */
class SerialStateAndFefoHttpTest {

    private static TestApp app;
    private InventoryClient inv;
    private long w1;

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
        inv = new InventoryClient(app, app.newTenant("warehouse", "admin").key());
        w1 = inv.warehouse("central", false);
    }

    private JsonNode state(String serial) {
        JsonNode rows = ok(app.get("/api/v1/inventory/serials/" + serial + "/state", inv.key()), 200);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void a_serial_is_in_stock_after_its_receipt_issued_after_a_sale_and_returned_after_the_return() {
        long phone = inv.sku("台", "\"tracking\":\"serial\"");
        JsonNode receipt = inv.posted(doc("receipt", "2026-01-02", w1,
                line(phone, "2", "台", "\"amount\":\"1800.00\",\"serials\":[\"SN-A\",\"SN-B\"]")));
        JsonNode in = state("SN-A");
        assertThat(in.path("state").asText()).isEqualTo("in-stock");
        assertThat(in.path("skuId").asLong()).isEqualTo(phone);
        assertThat(in.path("warehouseId").asLong()).isEqualTo(w1);
        assertThat(in.path("since").asText()).isEqualTo("2026-01-02");
        assertThat(in.path("documentId").asLong()).isEqualTo(receipt.path("id").asLong());

        JsonNode sale = inv.posted("{\"kind\":\"issue\",\"purpose\":\"sale\",\"date\":\"2026-01-05\",\"warehouseId\":" + w1
                + ",\"lines\":[" + line(phone, "1", "台", "\"serials\":[\"SN-A\"]") + "]}");
        JsonNode out = state("SN-A");
        assertThat(out.path("state").asText()).isEqualTo("issued");
        assertThat(out.path("since").asText()).isEqualTo("2026-01-05");
        assertThat(state("SN-B").path("state").asText()).isEqualTo("in-stock");

        inv.posted(doc("sales-return", "2026-01-08", w1, line(phone, "1", "台", "\"serials\":[\"SN-A\"],\"saleDocumentId\":"
                + sale.path("id").asLong() + ",\"saleLine\":1")));
        JsonNode back = state("SN-A");
        assertThat(back.path("state").asText()).isEqualTo("returned");
        assertThat(back.path("since").asText()).isEqualTo("2026-01-08");

        assertProblem(app.get("/api/v1/inventory/serials/SN-NONE/state", inv.key()), 404, "inventory.serial-not-found");
    }

    @Test
    void fefo_suggests_the_soonest_expiring_batches_first_and_refuses_what_they_cannot_cover() {
        long milk = inv.sku("瓶", "\"units\":[{\"unit\":\"箱\",\"factor\":\"6\"}],\"tracking\":\"batch\"");
        long plain = inv.sku("个", "");
        inv.posted(doc("receipt", "2026-01-02", w1,
                line(milk, "5", "瓶", "\"amount\":\"50.00\",\"batch\":\"LATE\",\"expiresOn\":\"2026-06-30\""),
                line(milk, "5", "瓶", "\"amount\":\"50.00\",\"batch\":\"SOON\",\"expiresOn\":\"2026-03-31\""),
                line(milk, "10", "瓶", "\"amount\":\"100.00\",\"batch\":\"NONE\"")));
        String fefo = "/api/v1/inventory/batches/fefo?warehouseId=" + w1 + "&skuId=" + milk;

        JsonNode picks = ok(app.get(fefo + "&quantity=8", inv.key()), 200);
        assertThat(picks).extracting(p -> p.path("batch").asText() + " " + p.path("quantity").asText())
                .containsExactly("SOON 5", "LATE 3");
        assertThat(picks.get(0).path("expiresOn").asText()).isEqualTo("2026-03-31");

        JsonNode boxes = ok(app.get(fefo + "&quantity=2&unit=箱", inv.key()), 200);
        assertThat(boxes).extracting(p -> p.path("batch").asText() + " " + p.path("quantity").asText())
                .containsExactly("SOON 5", "LATE 5", "NONE 2");

        JsonNode short_ = assertProblem(app.get(fefo + "&quantity=21", inv.key()), 422, "inventory.insufficient-stock");
        assertThat(short_.path("detail").asText()).contains(Long.toString(milk)).contains("1");
        assertProblem(app.get(fefo + "&quantity=0", inv.key()), 422, "inventory.invalid-field");
        assertProblem(app.get("/api/v1/inventory/batches/fefo?warehouseId=987654321&skuId=" + milk + "&quantity=1",
                inv.key()), 422, "inventory.unknown-warehouse");
        assertProblem(app.get("/api/v1/inventory/batches/fefo?warehouseId=" + w1 + "&skuId=987654322&quantity=1",
                inv.key()), 422, "catalog.unknown-sku");
        assertProblem(app.get("/api/v1/inventory/batches/fefo?warehouseId=" + w1 + "&skuId=" + plain + "&quantity=1",
                inv.key()), 422, "inventory.invalid-field");
        assertProblem(app.get(fefo + "&quantity=1&unit=吨", inv.key()), 422, "inventory.invalid-field");
        assertProblem(app.get(fefo, inv.key()), 422, "validation-failed");
    }
}
