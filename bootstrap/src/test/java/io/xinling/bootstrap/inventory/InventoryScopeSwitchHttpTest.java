package io.xinling.bootstrap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;

import static io.xinling.bootstrap.inventory.InventoryClient.doc;
import static io.xinling.bootstrap.inventory.InventoryClient.line;
import static io.xinling.bootstrap.inventory.InventoryClient.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Switching the costing scope once stock has moved (spec 2.1), over a real socket: the opening split at the
 * boundary, the books per item and warehouse (I-4, I-29), a backdated receipt re-costing across the boundary,
 * the switch back, and a second node replaying the same ledger.
 */
class InventoryScopeSwitchHttpTest {

    private static final String SETTINGS = "/api/v1/inventory/settings";
    private static TestApp app;
    private static TestApp other;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        other = TestApp.startSecondNode();
    }

    @AfterAll
    static void stop() {
        app.close();
        other.close();
    }

    private static HttpResponse<String> put(String key, String json) {
        return app.put(SETTINGS, key, json);
    }

    /**
     * Company-wide: W1 receives 10 for 100.00, W2 5 for 80.00 → (15, 180.00); W2 sells 3 at 36.00 → (12, 144.00).
     * W1's books carry 100.00, W2's 44.00. Per warehouse from February: W1 opens 10 at round(144 × 10 / 12) =
     * 120.00, W2 (the last) 2 at 24.00, and the switch books +20.00 to W1 and −20.00 to W2 (net zero for the item).
     */
    @Test
    void company_wide_to_per_warehouse_and_back_splits_at_the_boundary_and_keeps_the_books_equal_to_stock() {
        IssuedKey admin = app.newTenant("admin", "warehouse", "accountant");
        String key = admin.key();
        InventoryClient inv = new InventoryClient(app, key);
        long w1 = inv.warehouse("central", false);
        long w2 = inv.warehouse("store", false);
        long a = inv.sku("个", "");
        long b = inv.sku("个", "");
        inv.receipt("2026-01-05", w1, a, "10", "个", "100.00");
        inv.receipt("2026-01-06", w2, a, "5", "个", "80.00");
        inv.receipt("2026-01-06", w2, b, "4", "个", "10.00");
        assertThat(InventoryClient.amount(inv.issue("2026-01-07", w2, a, "3", "个"), 1)).isEqualTo("-36.00");
        assertThat(gl(key, "2026-01-31", a, w1)).isEqualByComparingTo("100.00");
        assertThat(gl(key, "2026-01-31", a, w2)).isEqualByComparingTo("44.00");

        JsonNode switched = ok(put(key, "{\"costingScope\":\"per-warehouse\",\"scopeFrom\":\"2026-02-01\"}"), 200);
        assertThat(switched.path("costingScope").asText()).isEqualTo("per-warehouse");

        assertBalance(inv, "2026-02-01", w1, a, "10", "120.00");
        assertBalance(inv, "2026-02-01", w2, a, "2", "24.00");
        assertBalance(inv, "2026-02-01", w2, b, "4", "10.00");
        assertThat(gl(key, "2026-02-01", a, w1)).isEqualByComparingTo("120.00");
        assertThat(gl(key, "2026-02-01", a, w2)).isEqualByComparingTo("24.00");
        assertThat(gl(key, "2026-02-01", b, w2)).isEqualByComparingTo("10.00");
        assertThat(gl(key, "2026-01-31", a, w1)).as("January's books are untouched").isEqualByComparingTo("100.00");

        // the switch is a posted system document dated at the boundary, whose voucher moves 20.00 between warehouses
        JsonNode switches = ok(app.get("/api/v1/inventory/documents?kind=scope-switch", key), 200).path("items");
        assertThat(switches.size()).isEqualTo(1);
        assertThat(switches.get(0).path("date").asText()).isEqualTo("2026-02-01");
        assertThat(switches.get(0).path("status").asText()).isEqualTo("posted");
        long switchId = switches.get(0).path("id").asLong();
        java.util.List<String> lines = new java.util.ArrayList<>();
        ok(app.get("/api/v1/accounting/vouchers?from=2026-02-01&to=2026-02-01", key), 200).forEach(v -> {
            if (v.path("provenance").path("sourceId").asLong() == switchId) {
                v.path("lines").forEach(l -> lines.add(l.path("account").asText() + " "
                        + l.path("dimensions").path("item").asText() + "@" + l.path("dimensions").path("warehouse").asText()
                        + " Dr " + l.path("debit").asText() + " Cr " + l.path("credit").asText()));
            }
        });
        assertThat(lines).containsExactlyInAnyOrder("1405 " + a + "@" + w1 + " Dr 20.00 Cr 0.00",
                "1405 " + a + "@" + w2 + " Dr 0.00 Cr 20.00");
        assertProblem(inv.cancel(switchId), 409, "inventory.scope-switch-conflict");

        // W2 now costs on its own key: 1 of its 2 at 12.00
        long feb = inv.issue("2026-02-03", w2, a, "1", "个").path("id").asLong();
        assertThat(InventoryClient.amount(document(key, feb), 1)).isEqualTo("-12.00");

        // a receipt dated before the boundary re-costs across it: (14, 184.00) at the end of January, W1 opens
        // at round(184 × 10 / 14) = 131.43 and W2 at 52.57 (4 units), so February's issue costs 13.14
        long late = inv.receipt("2026-01-20", w2, a, "2", "个", "40.00").path("id").asLong();
        assertBalance(inv, "2026-02-01", w1, a, "10", "131.43");
        assertBalance(inv, "2026-02-01", w2, a, "4", "52.57");
        assertThat(InventoryClient.amount(document(key, feb), 1)).isEqualTo("-13.14");
        assertBalance(inv, "2026-02-28", w2, a, "3", "39.43");
        assertThat(gl(key, "2026-02-28", a, w1)).isEqualByComparingTo("131.43");
        assertThat(gl(key, "2026-02-28", a, w2)).isEqualByComparingTo("39.43");
        assertThat(gl(key, "2026-01-31", a, w2)).isEqualByComparingTo("84.00");

        // a SKU created after the switch, received before it, is costed company-wide in January and split at
        // the boundary: (4, 60.00) → W1 2 at 30.00 (its books carry 20.00: +10.00), W2 2 at 30.00
        long c = inv.sku("个", "");
        inv.receipt("2026-01-10", w1, c, "2", "个", "20.00");
        inv.receipt("2026-01-11", w2, c, "2", "个", "40.00");
        assertBalance(inv, "2026-02-01", w1, c, "2", "30.00");
        assertThat(InventoryClient.amount(inv.issue("2026-02-02", w2, c, "1", "个"), 1)).isEqualTo("-15.00");
        assertThat(gl(key, "2026-02-28", c, w1)).isEqualByComparingTo("30.00");
        assertThat(gl(key, "2026-02-28", c, w2)).isEqualByComparingTo("15.00");

        // a switch is only at the start of a period after every movement
        assertProblem(put(key, "{\"costingScope\":\"per-account-set\",\"scopeFrom\":\"2026-02-01\"}"), 409,
                "inventory.scope-switch-conflict");

        // back to company-wide from March: one key of 13 units worth 170.86; the books per warehouse stay
        ok(put(key, "{\"costingScope\":\"per-account-set\",\"scopeFrom\":\"2026-03-01\"}"), 200);
        assertThat(gl(key, "2026-03-01", a, w1)).isEqualByComparingTo("131.43");
        assertThat(gl(key, "2026-03-01", a, w2)).isEqualByComparingTo("39.43");
        assertThat(gl(key, "2026-03-01", a, null)).isEqualByComparingTo("170.86");
        // W1 sells 1 at the company average: round(170.86 / 13) = 13.14
        assertThat(InventoryClient.amount(inv.issue("2026-03-02", w1, a, "1", "个"), 1)).isEqualTo("-13.14");
        assertThat(stock(inv, "2026-03-31", a)).isEqualByComparingTo("157.72");
        assertThat(gl(key, "2026-03-31", a, null)).isEqualByComparingTo("157.72");
        assertThat(gl(key, "2026-03-31", b, null)).isEqualByComparingTo("10.00");

        // once March has a movement, switching from March is refused
        assertProblem(put(key, "{\"costingScope\":\"per-warehouse\",\"scopeFrom\":\"2026-03-01\"}"), 409,
                "inventory.scope-switch-conflict");

        // another node replays the whole ledger, switches included, to the same balances
        InventoryClient there = new InventoryClient(other, key);
        assertThat(there.balance("2026-02-01", w1, a).path("value").asText()).isEqualTo("131.43");
        assertThat(there.balance("2026-02-28", w2, a).path("value").asText()).isEqualTo("39.43");
        assertThat(stock(there, "2026-03-31", a)).isEqualByComparingTo("157.72");
        assertThat(there.balance("2026-02-28", w2, c).path("value").asText()).isEqualTo("15.00");

        // cancelling the backdated receipt is as if it had never been posted, across both switches (I-14):
        // (12, 144.00) → W1 10 at 120.00, W2 2 at 24.00; W2 sells 1 at 12.00; (11, 132.00) from March; W1 sells 1 at 12.00
        ok(inv.cancel(late), 200);
        assertBalance(inv, "2026-02-01", w2, a, "2", "24.00");
        assertThat(InventoryClient.amount(document(key, feb), 1)).isEqualTo("-12.00");
        assertThat(gl(key, "2026-02-28", a, w1)).isEqualByComparingTo("120.00");
        assertThat(gl(key, "2026-02-28", a, w2)).isEqualByComparingTo("12.00");
        assertThat(stock(inv, "2026-03-31", a)).isEqualByComparingTo("120.00");
        assertThat(gl(key, "2026-03-31", a, null)).isEqualByComparingTo("120.00");
        assertThat(stock(there, "2026-03-31", a)).isEqualByComparingTo("120.00");
    }

    /**
     * Receipts dated before the boundary posted on one node while the other switches: each either commits before
     * the switch (and is split at the boundary) or waits for the switch's locks and then carries its stock across
     * it, so the opening of each warehouse always equals what its books carry after the switch (I-4), and both
     * nodes agree.
     */
    @Test
    void posts_racing_a_switch_on_another_node_are_all_carried_across_the_boundary() throws Exception {
        IssuedKey admin = app.newTenant("admin", "warehouse", "accountant");
        String key = admin.key();
        InventoryClient inv = new InventoryClient(app, key);
        long w1 = inv.warehouse("central", false);
        long w2 = inv.warehouse("store", false);
        long a = inv.sku("个", "");
        inv.receipt("2026-01-02", w1, a, "7", "个", "70.00");
        java.util.List<Long> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long w = i % 2 == 0 ? w1 : w2;
            drafts.add(ok(inv.create(doc("receipt", "2026-01-" + (10 + i), w, line(a, "3", "个",
                    "\"amount\":\"" + (31 + i) + ".00\""))), 201).path("id").asLong());
        }
        java.util.List<java.util.concurrent.Callable<HttpResponse<String>>> calls = new java.util.ArrayList<>();
        calls.add(() -> put(key, "{\"costingScope\":\"per-warehouse\",\"scopeFrom\":\"2026-02-01\"}"));
        drafts.forEach(id -> calls.add(() -> other.post("/api/v1/inventory/documents/" + id + "/post", key, "{}")));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            for (var f : pool.invokeAll(calls)) {
                assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (long w : java.util.List.of(w1, w2)) {
            JsonNode here = inv.balance("2026-02-01", w, a);
            assertThat(gl(key, "2026-02-01", a, w)).as("GL 1405 of warehouse %s", w)
                    .isEqualByComparingTo(here.path("value").asText());
            assertThat(new InventoryClient(other, key).balance("2026-02-01", w, a).path("value").asText())
                    .isEqualTo(here.path("value").asText());
            total = total.add(new BigDecimal(here.path("value").asText()));
        }
        // 70.00 + Σ (31..42).00 = 70.00 + 438.00
        assertThat(total).isEqualByComparingTo("508.00");
    }

    private static void assertBalance(InventoryClient inv, String date, long warehouse, long sku, String qty, String value) {
        JsonNode row = inv.balance(date, warehouse, sku);
        assertThat(new BigDecimal(row.path("quantity").asText())).as("quantity at %s", date).isEqualByComparingTo(qty);
        assertThat(row.path("value").asText()).as("value at %s in %s", date, warehouse).isEqualTo(value);
    }

    private static JsonNode document(String key, long id) {
        return ok(app.get("/api/v1/inventory/documents/" + id, key), 200);
    }

    private static BigDecimal stock(InventoryClient inv, String date, long sku) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode row : inv.balances("date=" + date + "&skuId=" + sku)) {
            total = total.add(new BigDecimal(row.path("value").asText()));
        }
        return total;
    }

    /** GL 1405 (debit − credit) to the end of {@code date}, for an item and optionally a warehouse. */
    private static BigDecimal gl(String key, String date, long item, Long warehouse) {
        JsonNode tb = ok(app.get("/api/v1/accounting/trial-balance?from=2026-01-01&to=" + date + "&item=" + item
                + (warehouse == null ? "" : "&warehouse=" + warehouse), key), 200);
        for (JsonNode row : tb.path("rows")) {
            if (row.path("account").asText().equals("1405")) {
                return new BigDecimal(row.path("closingDebit").asText("0"))
                        .subtract(new BigDecimal(row.path("closingCredit").asText("0")));
            }
        }
        return BigDecimal.ZERO;
    }
}
