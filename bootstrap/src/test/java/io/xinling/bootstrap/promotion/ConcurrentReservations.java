package io.xinling.bootstrap.promotion;

import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Reservations sent at once to two application nodes on one database, as the limit and budget tests race them. */
final class ConcurrentReservations {

    private ConcurrentReservations() {
    }

    /**
     * 24 reservations (body {@code i} for the i-th), sent at once, half to a second node: how many were taken. Each one
     * taken must be due 80.00, each refusal a quota or price conflict.
     */
    static int race(TestApp app, IssuedKey admin, IntFunction<String> body) throws Exception {
        int won = 0;
        try (TestApp second = TestApp.startSecondNode()) {
            ExecutorService pool = Executors.newFixedThreadPool(12);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                TestApp node = i % 2 == 0 ? app : second;
                String request = body.apply(i);
                Callable<HttpResponse<String>> call = () -> node.post("/api/v1/promotions/reservations", admin.key(), request);
                answers.add(pool.submit(call));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    won++;
                    assertThat(json(response).path("totalDue").asText()).isEqualTo("80.00");
                } else {
                    assertThat(json(response).path("code").asText()).isIn("promotion.quota-conflict", "promotion.price-conflict");
                }
            }
            pool.shutdown();
        }
        return won;
    }
}
