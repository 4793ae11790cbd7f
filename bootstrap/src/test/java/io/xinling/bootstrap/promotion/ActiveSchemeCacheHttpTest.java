package io.xinling.bootstrap.promotion;

import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each node keeps the tenant's active schemes compiled between previews; a change of the active set made
 * through another node is priced by the very next preview (the cache checks the active versions each time).
 */
class ActiveSchemeCacheHttpTest {

    private static TestApp node1;
    private static TestApp node2;

    @BeforeAll
    static void start() {
        node1 = TestApp.start();
        node2 = TestApp.startSecondNode();
    }

    @AfterAll
    static void stop() {
        node2.close();
        node1.close();
    }

    @Test
    void a_change_of_the_active_schemes_on_another_node_is_priced_by_the_next_preview() {
        IssuedKey admin = node1.newTenant("admin", "cashier");
        String cart = "{\"store\":\"S1\",\"channel\":\"POS\",\"at\":\"2026-11-25T12:00:00\",\"lines\":[{\"lineNo\":1,"
                + "\"sku\":\"D\",\"categories\":[\"乳品\"],\"unitPrice\":\"12.50\",\"quantity\":\"8\"}]}";
        assertThat(node1.post("/api/v1/promotions/schemes", admin.key(), """
                {"type":"threshold_amount_off","id":"mj","params":{"tiers":[{"threshold":"100.00","amount":"20.00"}]}}""")
                .statusCode()).isEqualTo(201);
        move(node2, admin, "submit", "approve", "activate");
        assertThat(payable(node1, admin, cart)).isEqualTo("80.00");
        assertThat(payable(node1, admin, cart)).as("from the cache").isEqualTo("80.00");

        move(node2, admin, "pause");
        assertThat(payable(node1, admin, cart)).as("paused on the other node").isEqualTo("100.00");
        move(node2, admin, "resume");
        assertThat(payable(node1, admin, cart)).as("resumed on the other node").isEqualTo("80.00");

        assertThat(node2.post("/api/v1/promotions/schemes/mj/versions", admin.key(),
                "{\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"30.00\"}]}}").statusCode()).isEqualTo(201);
        assertThat(payable(node1, admin, cart)).as("a draft version changes nothing").isEqualTo("80.00");
        move(node2, admin, "submit", "approve", "activate");
        assertThat(payable(node1, admin, cart)).as("version 2 active on the other node").isEqualTo("70.00");
        assertThat(payable(node2, admin, cart)).isEqualTo("70.00");

        move(node1, admin, "end");
        assertThat(payable(node2, admin, cart)).as("ended on the first node").isEqualTo("100.00");
        assertThat(payable(node1, admin, cart)).isEqualTo("100.00");
    }

    private static void move(TestApp node, IssuedKey admin, String... actions) {
        for (String action : List.of(actions)) {
            var response = node.post("/api/v1/promotions/schemes/mj/" + action, admin.key(), "");
            assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        }
    }

    private static String payable(TestApp node, IssuedKey admin, String cart) {
        var response = node.post("/api/v1/promotions/preview", admin.key(), cart);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).path("payable").asText();
    }
}
