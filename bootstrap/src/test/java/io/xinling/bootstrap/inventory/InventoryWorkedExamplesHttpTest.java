package io.xinling.bootstrap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.inventory.InventoryClient.amount;
import static io.xinling.bootstrap.inventory.InventoryClient.doc;
import static io.xinling.bootstrap.inventory.InventoryClient.line;
import static io.xinling.bootstrap.inventory.InventoryClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of spec section 7, end to end over HTTP on PostgreSQL. */
class InventoryWorkedExamplesHttpTest {

    private static TestApp app;
    private InventoryClient inv;

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
    }

    @Test
    void E1_moving_average_and_sale() {
        long w1 = inv.warehouse("central", false);
        long a = inv.sku("个", "");
        inv.receipt("2026-01-01", w1, a, "100", "个", "1000.00");
        inv.receipt("2026-01-02", w1, a, "50", "个", "650.00");
        JsonNode sale = inv.issue("2026-01-03", w1, a, "60", "个");

        assertThat(amount(sale, 1)).isEqualTo("-660.00");
        JsonNode after = inv.balance("2026-01-03", w1, a);
        assertThat(after.path("quantity").asText()).isEqualTo("90");
        assertThat(after.path("value").asText()).isEqualTo("990.00");
        assertThat(after.path("unitCost").asText()).isEqualTo("11.0000");
        JsonNode before = inv.balance("2026-01-02", w1, a);
        assertThat(before.path("value").asText()).isEqualTo("1650.00");
        assertThat(inv.movements(a)).extracting(m -> m.path("amount").asText())
                .containsExactly("1000.00", "650.00", "-660.00");
    }

    @Test
    void E3_multiple_units_of_measure() {
        long w1 = inv.warehouse("central", false);
        long b = inv.sku("瓶", "\"units\":[{\"unit\":\"箱\",\"factor\":\"24\"}],\"barcodes\":[{\"code\":\"69"
                + System.nanoTime() + "\",\"unit\":\"箱\"}]");
        inv.receipt("2026-01-01", w1, b, "10", "箱", "1200.00");
        JsonNode sale = inv.posted(doc("issue", "2026-01-02", w1, line(b, "3", "箱", ""), line(b, "5", "瓶", "")));

        assertThat(sale.path("movements")).extracting(m -> m.path("amount").asText()).containsExactly("-360.00", "-25.00");
        JsonNode balance = inv.balance("2026-01-02", w1, b);
        assertThat(balance.path("quantity").asText()).isEqualTo("163");
        assertThat(balance.path("value").asText()).isEqualTo("815.00");
    }

    @Test
    void E4_negative_stock_then_a_receipt_that_covers_it() {
        long w1 = inv.warehouse("store", true);
        long a = inv.sku("个", "\"referenceCost\":\"10.00\"");
        inv.receipt("2026-01-01", w1, a, "10", "个", "100.00");
        JsonNode sale = inv.issue("2026-01-02", w1, a, "15", "个");
        assertThat(amount(sale, 1)).isEqualTo("-150.00");
        assertThat(inv.balance("2026-01-02", w1, a).path("value").asText()).isEqualTo("-50.00");

        JsonNode purchase = inv.receipt("2026-01-03", w1, a, "20", "个", "240.00");
        assertThat(purchase.path("movements").get(0).path("settlement").asText()).isEqualTo("10.00");
        JsonNode balance = inv.balance("2026-01-03", w1, a);
        assertThat(balance.path("quantity").asText()).isEqualTo("15");
        assertThat(balance.path("value").asText()).isEqualTo("180.00");
        assertThat(balance.path("unitCost").asText()).isEqualTo("12.0000");
    }

    @Test
    void E6_backdated_receipt_recosts_later_sales() {
        long w1 = inv.warehouse("central", false);
        long c = inv.sku("个", "");
        inv.receipt("2026-01-02", w1, c, "100", "个", "1000.00");
        long sale1 = inv.issue("2026-01-10", w1, c, "80", "个").path("id").asLong();
        inv.receipt("2026-01-20", w1, c, "50", "个", "700.00");
        long sale2 = inv.issue("2026-01-25", w1, c, "35", "个").path("id").asLong();

        inv.receipt("2026-01-05", w1, c, "100", "个", "1300.00");

        assertThat(amount(document(sale1), 1)).isEqualTo("-920.00");
        assertThat(amount(document(sale2), 1)).isEqualTo("-428.24");
        JsonNode balance = inv.balance("2026-01-31", w1, c);
        assertThat(balance.path("quantity").asText()).isEqualTo("135");
        assertThat(balance.path("value").asText()).isEqualTo("1651.76");
    }

    @Test
    void E9_transfers_one_step_and_two_step_keep_the_value() {
        long w1 = inv.warehouse("central", false);
        long w2 = inv.warehouse("store", false);
        long a = inv.sku("个", "");
        inv.receipt("2026-01-01", w1, a, "40", "个", "500.00");
        JsonNode transfer = inv.posted("{\"kind\":\"transfer\",\"date\":\"2026-01-02\",\"warehouseId\":" + w1
                + ",\"toWarehouseId\":" + w2 + ",\"lines\":[" + line(a, "16", "个", "") + "]}");
        assertThat(transfer.path("movements")).extracting(m -> m.path("amount").asText()).containsExactly("-200.00", "200.00");
        assertThat(inv.balance("2026-01-02", w2, a).path("quantity").asText()).isEqualTo("16");

        JsonNode dispatch = inv.posted("{\"kind\":\"transfer-dispatch\",\"date\":\"2026-01-03\",\"warehouseId\":" + w1
                + ",\"toWarehouseId\":" + w2 + ",\"lines\":[" + line(a, "4", "个", "") + "]}");
        assertThat(inv.balances("date=2026-01-03&skuId=" + a)).anySatisfy(
                r -> assertThat(r.path("transitOf").asLong()).isEqualTo(dispatch.path("id").asLong()));
        inv.posted("{\"kind\":\"transfer-receipt\",\"date\":\"2026-01-04\",\"referenceDocumentId\":"
                + dispatch.path("id").asLong() + ",\"lines\":[" + line(a, "4", "个", "") + "]}");
        assertThat(inv.balance("2026-01-04", w2, a).path("quantity").asText()).isEqualTo("20");
        assertThat(inv.balance("2026-01-04", w1, a).path("quantity").asText()).isEqualTo("20");
        assertThat(inv.balances("date=2026-01-04&skuId=" + a)).hasSize(2);
    }

    @Test
    void E10_assembly_and_E12_stocktake() {
        long w1 = inv.warehouse("central", false);
        long p1 = inv.sku("个", "");
        long p2 = inv.sku("个", "");
        long kit = inv.sku("套", "");
        inv.receipt("2026-01-01", w1, p1, "10", "个", "33.00");
        inv.receipt("2026-01-01", w1, p2, "7", "个", "20.00");
        JsonNode assembly = inv.posted("{\"kind\":\"assembly\",\"date\":\"2026-01-02\",\"warehouseId\":" + w1
                + ",\"amount\":\"4.50\",\"lines\":[" + line(p1, "6", "个", "\"role\":\"component\"") + ","
                + line(p2, "3", "个", "\"role\":\"component\"") + "," + line(kit, "3", "套", "\"role\":\"product\"") + "]}");
        assertThat(assembly.path("movements")).extracting(m -> m.path("amount").asText())
                .contains("-19.80", "-8.57", "32.87");

        JsonNode count = inv.posted(doc("stocktake", "2026-01-03", w1, line(p1, "5", "个", "")));
        assertThat(count.path("movements").get(0).path("quantity").asText()).isEqualTo("1");
        assertThat(inv.balance("2026-01-03", w1, p1).path("quantity").asText()).isEqualTo("5");
    }

    @Test
    void cancelling_a_receipt_recosts_and_restores_the_balance() {
        long w1 = inv.warehouse("central", false);
        long a = inv.sku("个", "");
        inv.receipt("2026-01-01", w1, a, "10", "个", "100.00");
        long second = inv.receipt("2026-01-02", w1, a, "10", "个", "300.00").path("id").asLong();
        JsonNode cancelled = ok(inv.cancel(second), 200);
        assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
        assertThat(inv.balance("2026-01-31", w1, a).path("value").asText()).isEqualTo("100.00");
    }

    private JsonNode document(long id) {
        return ok(app.get("/api/v1/inventory/documents/" + id, inv.key()), 200);
    }
}
