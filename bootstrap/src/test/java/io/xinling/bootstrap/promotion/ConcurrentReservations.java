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

    /** {@code count} reservations (body {@code i} for the i-th), sent at once, every other one to a second node: the answers. */
    static List<HttpResponse<String>> send(TestApp app, IssuedKey admin, int count, IntFunction<String> body) throws Exception {
        List<HttpResponse<String>> responses = new ArrayList<>();
        try (TestApp second = TestApp.startSecondNode()) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 12));
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                TestApp node = i % 2 == 0 ? app : second;
                String request = body.apply(i);
                Callable<HttpResponse<String>> call = () -> node.post("/api/v1/promotions/reservations", admin.key(), request);
                answers.add(pool.submit(call));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get());
            }
            pool.shutdown();
        }
        return responses;
    }

    /**
     * 24 reservations sent at once over two nodes ({@link #send}): how many were taken. Each one taken must be due 80.00,
     * each refusal a quota or price conflict.
     */
    static int race(TestApp app, IssuedKey admin, IntFunction<String> body) throws Exception {
        int won = 0;
        for (HttpResponse<String> response : send(app, admin, 24, body)) {
            assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
            if (response.statusCode() == 201) {
                won++;
                assertThat(json(response).path("totalDue").asText()).isEqualTo("80.00");
            } else {
                assertThat(json(response).path("code").asText()).isIn("promotion.quota-conflict", "promotion.price-conflict");
            }
        }
        return won;
    }
}
