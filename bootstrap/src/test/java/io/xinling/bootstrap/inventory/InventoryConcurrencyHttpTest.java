package io.xinling.bootstrap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.xinling.bootstrap.inventory.InventoryClient.doc;
import static io.xinling.bootstrap.inventory.InventoryClient.line;
import static io.xinling.bootstrap.inventory.InventoryClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Two application nodes on one database post on the same SKU at once: no lost update, no oversell. */
class InventoryConcurrencyHttpTest {

    private static TestApp node1;
    private static TestApp node2;

    @BeforeAll
    static void start() {
        node1 = TestApp.start();
        node2 = TestApp.startSecondNode();
    }

    @AfterAll
    static void stop() {
        node1.close();
        node2.close();
    }

    @Test
    void concurrent_issues_from_two_nodes_lose_no_update() throws Exception {
        String key = node1.newTenant("warehouse", "admin").key();
        InventoryClient one = new InventoryClient(node1, key);
        long w = one.warehouse("central", false);
        long sku = one.sku("个", "");
        one.receipt("2026-02-01", w, sku, "100", "个", "1000.00");
        List<Long> drafts = drafts(one, w, sku, 40);

        List<HttpResponse<String>> answers = postAll(key, drafts);

        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        for (InventoryClient reader : List.of(one, new InventoryClient(node2, key))) {
            JsonNode balance = reader.balance("2026-02-28", w, sku);
            assertThat(balance.path("quantity").asText()).isEqualTo("60");
            assertThat(balance.path("value").asText()).isEqualTo("600.00");
            assertThat(reader.movements(sku)).hasSize(41);
        }
        assertThat(available(node2, key, w, sku)).isEqualTo("60");
    }

    @Test
    void concurrent_issues_from_two_nodes_never_oversell() throws Exception {
        String key = node1.newTenant("warehouse", "admin").key();
        InventoryClient one = new InventoryClient(node1, key);
        long w = one.warehouse("central", false);
        long sku = one.sku("个", "");
        one.receipt("2026-02-01", w, sku, "10", "个", "100.00");
        List<Long> drafts = drafts(one, w, sku, 30);

        List<HttpResponse<String>> answers = postAll(key, drafts);

        assertThat(answers).filteredOn(r -> r.statusCode() == 200).hasSize(10);
        assertThat(answers).filteredOn(r -> r.statusCode() == 422)
                .hasSize(20).allSatisfy(r -> assertThat(r.body()).contains("inventory.insufficient-stock"));
        InventoryClient two = new InventoryClient(node2, key);
        assertThat(two.balances("date=2026-02-28&warehouseId=" + w + "&skuId=" + sku)).as("nothing left, nothing below zero")
                .isEmpty();
        assertThat(two.movements(sku)).hasSize(11).last()
                .satisfies(m -> assertThat(m.path("quantityAfter").asText()).isEqualTo("0"));
    }

    @Test
    void a_node_replays_a_document_of_several_skus_per_sku_group_and_an_assembly_joins_the_groups() {
        String key = node1.newTenant("warehouse", "admin").key();
        InventoryClient one = new InventoryClient(node1, key);
        InventoryClient two = new InventoryClient(node2, key);
        long w = one.warehouse("central", false);
        long a = one.sku("个", "");
        long b = one.sku("个", "");
        long kit = one.sku("套", "");
        one.posted(doc("receipt", "2026-03-02", w, line(a, "10", "个", "\"amount\":\"30.00\""),
                line(b, "10", "个", "\"amount\":\"70.00\"")));
        one.issue("2026-03-03", w, a, "4", "个");
        two.issue("2026-03-03", w, b, "1", "个");
        assertThat(two.balance("2026-03-31", w, a).path("value").asText()).isEqualTo("18.00");
        assertThat(one.balance("2026-03-31", w, b).path("value").asText()).isEqualTo("63.00");

        JsonNode assembly = two.posted("{\"kind\":\"assembly\",\"date\":\"2026-03-04\",\"warehouseId\":" + w
                + ",\"amount\":\"1.00\",\"lines\":[" + line(a, "2", "个", "\"role\":\"component\"") + ","
                + line(b, "1", "个", "\"role\":\"component\"") + "," + line(kit, "1", "套", "\"role\":\"product\"") + "]}");
        assertThat(assembly.path("movements")).extracting(m -> m.path("amount").asText()).contains("-6.00", "-7.00", "14.00");
        // A receipt of A dated before the assembly, posted on the other node, re-costs the kit through the joined group.
        one.receipt("2026-03-01", w, a, "10", "个", "90.00");
        for (InventoryClient reader : List.of(one, two)) {
            assertThat(reader.balance("2026-03-31", w, kit).path("value").asText()).isEqualTo("20.00");
            assertThat(reader.balance("2026-03-31", w, a).path("quantity").asText()).isEqualTo("14");
            assertThat(reader.balance("2026-03-31", w, b).path("value").asText()).isEqualTo("56.00");
        }
    }

    @Test
    void concurrent_reservations_never_promise_more_than_is_on_hand() throws Exception {
        String key = node1.newTenant("warehouse", "admin").key();
        InventoryClient one = new InventoryClient(node1, key);
        long w = one.warehouse("central", false);
        long sku = one.sku("个", "");
        one.receipt("2026-02-01", w, sku, "10", "个", "100.00");
        String body = "{\"warehouseId\":" + w + ",\"skuId\":" + sku + ",\"quantity\":\"1\"}";
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            TestApp node = i % 2 == 0 ? node1 : node2;
            calls.add(() -> node.post("/api/v1/inventory/reservations", key, body));
        }
        List<HttpResponse<String>> answers = run(calls);
        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(10);
        assertThat(answers).filteredOn(r -> r.statusCode() == 422).hasSize(14);
        assertThat(available(node1, key, w, sku)).isEqualTo("0");
        long first = ok(answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow(), 201).path("id").asLong();
        ok(node2.post("/api/v1/inventory/reservations/" + first + "/release", key, "{}"), 200);
        assertThat(available(node1, key, w, sku)).isEqualTo("1");
    }

    private static String available(TestApp node, String key, long w, long sku) {
        JsonNode rows = ok(node.get("/api/v1/inventory/reservations?warehouseId=" + w + "&skuId=" + sku, key), 200);
        return rows.get(0).path("available").asText();
    }

    private static List<Long> drafts(InventoryClient client, long w, long sku, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(ok(client.create(doc("issue", "2026-02-02", w, line(sku, "1", "个", ""))), 201).path("id").asLong());
        }
        return ids;
    }

    private static List<HttpResponse<String>> postAll(String key, List<Long> drafts) throws Exception {
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            TestApp node = i % 2 == 0 ? node1 : node2;
            long id = drafts.get(i);
            calls.add(() -> node.post("/api/v1/inventory/documents/" + id + "/post", key, "{}"));
        }
        return run(calls);
    }

    private static List<HttpResponse<String>> run(List<Callable<HttpResponse<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }
}
