package io.xinling.bootstrap.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Two application nodes on one database write off the same open item at the same time. */
class SettlementConcurrencyHttpTest {

    private static TestApp nodeA;
    private static TestApp nodeB;

    @BeforeAll
    static void start() {
        nodeA = TestApp.start();
        nodeB = TestApp.start();
    }

    @AfterAll
    static void stop() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void concurrent_write_offs_never_over_apply_an_item() throws Exception {
        String key = nodeA.newTenant("accountant").key();
        long x = json(nodeA.post("/api/v1/partners", key, "{\"code\":\"C\",\"name\":\"C\",\"roles\":[\"customer\"]}"))
                .path("id").asLong();
        for (int round = 0; round < 5; round++) {
            long inv = json(nodeA.post("/api/v1/settlement/open-items", key, """
                    {"partnerId":%d,"ledger":"receivable","side":"debit","sourceType":"sales-delivery","sourceRef":"S%d",
                     "date":"2026-03-01","amount":"100.00"}""".formatted(x, round))).path("id").asLong();
            List<Long> credits = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                credits.add(json(nodeA.post("/api/v1/settlement/receipts", key, """
                        {"partnerId":%d,"kind":"advance","method":"cash","date":"2026-03-02","amount":"70.00"}"""
                        .formatted(x))).path("credit").path("id").asLong());
            }
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                TestApp node = i == 0 ? nodeA : nodeB;
                long credit = credits.get(i);
                calls.add(CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return node.post("/api/v1/settlement/write-offs", key, """
                            {"creditItemId":%d,"date":"2026-03-03","allocations":[{"itemId":%d,"amount":"70.00"}]}"""
                            .formatted(credit, inv));
                }));
            }
            go.countDown();
            List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();
            assertThat(statuses).containsExactly(201, 422);
            JsonNode item = json(nodeB.get("/api/v1/settlement/open-items/" + inv, key));
            assertThat(item.path("item").path("open").asText()).isEqualTo("30.00");
            assertThat(item.path("writeOffs").size()).isEqualTo(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
