package io.xinling.bootstrap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.xinling.bootstrap.inventory.InventoryClient.doc;
import static io.xinling.bootstrap.inventory.InventoryClient.line;
import static io.xinling.bootstrap.inventory.InventoryClient.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** GET/PUT /api/v1/inventory/settings, and the ledger posting (and replaying) under them. */
class InventorySettingsHttpTest {

    private static final String PATH = "/api/v1/inventory/settings";
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
        return app.put(PATH, key, json);
    }

    @Test
    void a_new_tenant_has_the_defaults_and_only_an_admin_changes_them() {
        IssuedKey admin = app.newTenant("admin");
        JsonNode s = ok(app.get(PATH, admin.key()), 200);
        assertThat(s.path("costingScope").asText()).isEqualTo("per-account-set");
        assertThat(s.path("allowNegativeStock").asBoolean()).isFalse();
        assertThat(s.path("purchaseReturnCosting").asText()).isEqualTo("original-price");
        assertThat(s.path("allowUnreferencedPurchaseReturn").asBoolean()).isFalse();

        String viewer = app.keyFor(admin.tenant().value(), "warehouse").key();
        assertThat(ok(app.get(PATH, viewer), 200).path("costingScope").asText()).isEqualTo("per-account-set");
        assertProblem(put(viewer, "{\"allowNegativeStock\":true}"), 403, "forbidden");

        JsonNode changed = ok(put(admin.key(), "{\"purchaseReturnCosting\":\"current-average\","
                + "\"allowUnreferencedPurchaseReturn\":true}"), 200);
        assertThat(changed.path("purchaseReturnCosting").asText()).isEqualTo("current-average");
        assertThat(changed.path("allowNegativeStock").asBoolean()).as("absent fields keep their value").isFalse();
        JsonNode read = ok(app.get(PATH, viewer), 200);
        assertThat(read.path("allowUnreferencedPurchaseReturn").asBoolean()).isTrue();
        assertThat(read.path("purchaseReturnCosting").asText()).isEqualTo("current-average");
    }

    @Test
    void bad_values_are_422_and_change_nothing() {
        IssuedKey admin = app.newTenant("admin");
        assertProblem(put(admin.key(), "{\"purchaseReturnCosting\":\"lifo\"}"), 422, "inventory.invalid-field");
        assertProblem(put(admin.key(), "{\"costingScope\":\"per-planet\"}"), 422, "inventory.invalid-field");
        assertProblem(put(admin.key(), "{\"allowNegativeStock\":\"maybe\"}"), 422, "validation-failed");
        assertProblem(put(admin.key(), "{\"costingScope\":\"per-warehouse\"}"), 422, "inventory.invalid-field");
        assertProblem(put(admin.key(), "{\"costingScope\":\"per-warehouse\",\"scopeFrom\":\"2026-04-15\"}"), 422,
                "inventory.invalid-field");
        assertProblem(put(admin.key(), "{\"costingScope\":\"per-warehouse\",\"scopeFrom\":\"April\"}"), 422,
                "inventory.invalid-field");
        JsonNode s = ok(app.get(PATH, admin.key()), 200);
        assertThat(s.path("costingScope").asText()).isEqualTo("per-account-set");
        assertThat(s.path("purchaseReturnCosting").asText()).isEqualTo("original-price");
    }

    @Test
    void the_scope_switches_at_a_period_start_on_an_empty_ledger_and_is_a_conflict_once_stock_moved_after_it() {
        IssuedKey admin = app.newTenant("admin");
        JsonNode switched = ok(put(admin.key(), "{\"costingScope\":\"per-warehouse\",\"scopeFrom\":\"2026-04-01\"}"), 200);
        assertThat(switched.path("costingScope").asText()).isEqualTo("per-warehouse");
        assertThat(switched.path("scopeFrom").asText()).isEqualTo("2026-04-01");

        InventoryClient inv = new InventoryClient(app, admin.key());
        long w1 = inv.warehouse("central", false);
        long w2 = inv.warehouse("store", false);
        long sku = inv.sku("个", "");
        inv.receipt("2026-04-02", w1, sku, "10", "个", "10.00");
        inv.receipt("2026-04-02", w2, sku, "10", "个", "30.00");
        JsonNode issue = inv.posted(doc("issue", "2026-04-03", w2, line(sku, "1", "个", "")));
        assertThat(InventoryClient.amount(issue, 1)).as("costed per warehouse: 3.00, not the company average 2.00")
                .isEqualTo("-3.00");

        inv.receipt("2026-05-04", w1, sku, "1", "个", "1.00");
        assertProblem(put(admin.key(), "{\"costingScope\":\"per-account-set\",\"scopeFrom\":\"2026-05-01\"}"), 409,
                "inventory.scope-switch-conflict");
        assertThat(ok(app.get(PATH, admin.key()), 200).path("costingScope").asText()).isEqualTo("per-warehouse");
    }

    @Test
    void the_ledger_posts_under_the_negative_stock_policy_and_replays_each_document_under_its_own() {
        IssuedKey admin = app.newTenant("admin", "warehouse");
        InventoryClient inv = new InventoryClient(app, admin.key());
        long w = ok(app.post("/api/v1/warehouses", admin.key(), "{\"code\":\"WN" + System.nanoTime()
                + "\",\"kind\":\"central\"}"), 201).path("id").asLong();
        long sku = inv.sku("个", "");
        inv.receipt("2026-04-01", w, sku, "2", "个", "20.00");
        long short1 = ok(inv.create(doc("issue", "2026-04-02", w, line(sku, "3", "个", ""))), 201).path("id").asLong();
        assertProblem(inv.post(short1), 422, "inventory.insufficient-stock");

        ok(put(admin.key(), "{\"allowNegativeStock\":true}"), 200);
        ok(inv.post(short1), 200);
        ok(put(admin.key(), "{\"allowNegativeStock\":false}"), 200);
        long short2 = ok(inv.create(doc("issue", "2026-04-03", w, line(sku, "1", "个", ""))), 201).path("id").asLong();
        assertProblem(inv.post(short2), 422, "inventory.insufficient-stock");

        // Another node replays the ledger: the issue that went below zero was posted when that was allowed.
        JsonNode balance = new InventoryClient(other, admin.key()).balance("2026-04-30", w, sku);
        assertThat(balance.path("quantity").asText()).isEqualTo("-1");
    }
}
