package io.xinling.bootstrap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.inventory.InventoryClient.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** A reservation of an unknown warehouse or SKU names it, and only a known one short of stock is exceeds-available. */
class ReservationRefusalsHttpTest {

    private static TestApp app;
    private InventoryClient inv;
    private long w;
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
        inv = new InventoryClient(app, app.newTenant("warehouse", "admin").key());
        w = inv.warehouse("central", false);
        sku = inv.sku("个", "");
        inv.receipt("2026-02-01", w, sku, "10", "个", "100.00");
    }

    private JsonNode refused(long warehouse, long skuId, String quantity, String type) {
        return assertProblem(app.post("/api/v1/inventory/reservations", inv.key(), "{\"warehouseId\":" + warehouse
                + ",\"skuId\":" + skuId + ",\"quantity\":\"" + quantity + "\"}"), 422, type);
    }

    @Test
    void an_unknown_warehouse_is_named() {
        JsonNode problem = refused(987654321L, sku, "1", "inventory.unknown-warehouse");
        assertThat(problem.path("detail").asText()).contains("987654321");
    }

    @Test
    void an_unknown_sku_is_named() {
        JsonNode problem = refused(w, 987654322L, "1", "catalog.unknown-sku");
        assertThat(problem.path("detail").asText()).contains("987654322");
    }

    @Test
    void another_tenants_warehouse_is_unknown_here() {
        InventoryClient other = new InventoryClient(app, app.newTenant("warehouse", "admin").key());
        long theirs = other.warehouse("central", false);
        refused(theirs, sku, "1", "inventory.unknown-warehouse");
    }

    @Test
    void a_known_sku_short_of_stock_still_exceeds_the_available_quantity() {
        refused(w, sku, "11", "inventory.reservation-exceeds-available");
        assertThat(ok(app.post("/api/v1/inventory/reservations", inv.key(), "{\"warehouseId\":" + w + ",\"skuId\":" + sku
                + ",\"quantity\":\"10\"}"), 201).path("id").asLong()).isPositive();
    }
}
