package io.xinling.bootstrap.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

class CouponHttpTest {

    private static final String TEN_OFF = """
            {"name":"10元代金券","kind":"cash_coupon","parameters":{"amount":"10.00"},"validDays":30,"returnable":true}""";

    private static TestApp app;
    private static IssuedKey admin;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        admin = app.newTenant("admin");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_batch_generates_distinct_checksummed_codes_with_the_prefix() {
        long type = createType(admin, TEN_OFF);
        JsonNode batch = json(app.post("/api/v1/coupon-types/" + type + "/batches", admin.key(),
                "{\"count\":50,\"prefix\":\"spr\"}"));
        assertThat(batch.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(batch.path("generated").asInt()).isEqualTo(50);

        JsonNode codes = json(app.get("/api/v1/coupon-batches/" + batch.path("id").asLong() + "/codes?limit=1000",
                admin.key()));
        Set<String> distinct = new HashSet<>();
        codes.forEach(c -> distinct.add(c.path("code").asText()));
        assertThat(distinct).hasSize(50).allSatisfy(code -> assertThat(code).startsWith("SPR").hasSize(16));
        codes.forEach(c -> assertThat(c.path("state").asText()).isEqualTo("generated"));
    }

    @Test
    void lookup_forgives_case_and_dashes_but_not_a_typo() {
        String code = newCode(admin, TEN_OFF);
        String typed = code.toLowerCase().substring(0, 4) + "-" + code.toLowerCase().substring(4);
        assertThat(json(app.get("/api/v1/coupons/" + typed, admin.key())).path("code").asText()).isEqualTo(code);
        char last = code.charAt(code.length() - 1);
        String typo = code.substring(0, code.length() - 1) + (last == '2' ? '3' : '2');
        assertProblem(app.get("/api/v1/coupons/" + typo, admin.key()), 422, "coupon.malformed-code");
    }

    @Test
    void issue_reserve_redeem_and_give_back_follow_the_lifecycle() {
        String code = newCode(admin, TEN_OFF);
        String base = "/api/v1/coupons/" + code;
        JsonNode issued = json(app.post(base + "/issue", admin.key(), "{\"memberId\":7}"));
        assertThat(issued.path("state").asText()).isEqualTo("issued");
        assertThat(issued.path("ownerId").asLong()).isEqualTo(7);
        assertProblem(app.post(base + "/issue", admin.key(), "{\"memberId\":8}"), 409, "coupon.illegal-transition");

        assertProblem(app.post(base + "/reserve", admin.key(), "{\"orderRef\":\"o-1\",\"memberId\":8}"), 422, "coupon.not-owner");
        assertThat(json(app.post(base + "/reserve", admin.key(), "{\"orderRef\":\"o-1\",\"memberId\":7}"))
                .path("state").asText()).isEqualTo("locked");
        assertProblem(app.post(base + "/reserve", admin.key(), "{\"orderRef\":\"o-2\",\"memberId\":7}"), 409,
                "coupon.locked-conflict");
        assertProblem(app.post(base + "/redeem", admin.key(), "{\"orderRef\":\"o-2\"}"), 409, "coupon.illegal-transition");
        assertThat(json(app.post(base + "/redeem", admin.key(), "{\"orderRef\":\"o-1\"}")).path("state").asText())
                .isEqualTo("redeemed");
        assertThat(json(app.post(base + "/give-back", admin.key(), "{\"orderRef\":\"o-1\"}")).path("state").asText())
                .isEqualTo("issued");
        assertThat(json(app.post(base + "/void", admin.key(), "")).path("state").asText()).isEqualTo("voided");
        assertProblem(app.post(base + "/void", admin.key(), ""), 409, "coupon.illegal-transition");
    }

    @Test
    void malformed_types_are_422_naming_the_field_and_nothing_is_saved() {
        assertField(app.post("/api/v1/coupon-types", admin.key(), "{\"name\":\"x\",\"kind\":\"magic\",\"validDays\":3}"), "kind");
        assertField(app.post("/api/v1/coupon-types", admin.key(),
                "{\"name\":\"x\",\"kind\":\"percent_coupon\",\"parameters\":{\"payRate\":\"120\"},\"validDays\":3}"),
                "parameters.payRate");
        assertField(app.post("/api/v1/coupon-types", admin.key(),
                "{\"name\":\"x\",\"kind\":\"cash_coupon\",\"parameters\":{\"amount\":\"-5\"},\"validDays\":3}"),
                "parameters.amount");
        assertField(app.post("/api/v1/coupon-types", admin.key(), "{\"name\":\"x\",\"kind\":\"cash_coupon\","
                + "\"parameters\":{\"amount\":\"5\"},\"validFrom\":\"2026-12-01T00:00:00Z\",\"validTo\":\"2026-12-01T00:00:00Z\"}"),
                "validTo");
        assertField(app.post("/api/v1/coupon-types", admin.key(), "{\"name\":\"x\",\"kind\":\"cash_coupon\","
                + "\"parameters\":{\"amount\":\"5\"},\"validDays\":3,\"validTo\":\"2026-12-01T00:00:00Z\"}"), "validity");
        assertField(app.post("/api/v1/coupon-types/" + createType(admin, TEN_OFF) + "/batches", admin.key(),
                "{\"count\":0}"), "count");
        assertField(app.post("/api/v1/coupon-types/" + createType(admin, TEN_OFF) + "/batches", admin.key(),
                "{\"count\":5,\"prefix\":\"O0\"}"), "prefix");
    }

    @Test
    void a_type_no_code_of_which_could_price_is_422_naming_the_parameter_not_saved_to_fail_at_the_till() {
        assertField(app.post("/api/v1/coupon-types", admin.key(), "{\"name\":\"x\",\"kind\":\"product_coupon\","
                + "\"parameters\":{\"skus\":\"1001\",\"amount\":\"5.00\",\"units\":\"two\"},\"validDays\":3}"), "parameters.units");
        assertField(app.post("/api/v1/coupon-types", admin.key(), "{\"name\":\"x\",\"kind\":\"product_coupon\","
                + "\"parameters\":{\"skus\":\"1001\",\"amount\":\"5.00\",\"units\":\"0\"},\"validDays\":3}"), "parameters.units");
        assertField(app.post("/api/v1/coupon-types", admin.key(), "{\"name\":\"x\",\"kind\":\"threshold_coupon\","
                + "\"parameters\":{\"threshold\":\"100.00\",\"amount\":\"10.00\",\"excludeSpecialPrice\":\"maybe\"},"
                + "\"validDays\":3}"), "parameters.excludeSpecialPrice");
        assertField(app.post("/api/v1/coupon-types", admin.key(), "{\"name\":\"x\",\"kind\":\"cash_coupon\","
                + "\"parameters\":{\"amount\":null},\"validDays\":3}"), "parameters.amount");
        assertThat(createType(admin, "{\"name\":\"x\",\"kind\":\"product_coupon\",\"parameters\":{\"skus\":\"1001\","
                + "\"amount\":\"5.00\",\"units\":\"2\",\"excludeSpecialPrice\":\"true\"},\"validDays\":3}")).isPositive();
    }

    @Test
    void roles_and_tenants_are_enforced() {
        IssuedKey viewer = app.keyFor(admin.tenant().value(), "viewer");
        assertProblem(app.post("/api/v1/coupon-types", viewer.key(), TEN_OFF), 403, "forbidden");
        String code = newCode(admin, TEN_OFF);
        assertThat(app.get("/api/v1/coupons/" + code, viewer.key()).statusCode()).isEqualTo(200);

        IssuedKey stranger = app.newTenant("admin");
        assertProblem(app.get("/api/v1/coupons/" + code, stranger.key()), 404, "coupon.coupon-not-found");
        assertProblem(app.post("/api/v1/coupons/" + code + "/issue", stranger.key(), "{\"memberId\":1}"), 404,
                "coupon.coupon-not-found");
        long type = createType(admin, TEN_OFF);
        assertProblem(app.get("/api/v1/coupon-types/" + type, stranger.key()), 404, "coupon.type-not-found");
    }

    @Test
    void concurrent_reservations_from_two_nodes_let_exactly_one_order_through() throws Exception {
        String code = newCode(admin, TEN_OFF.replace("\"returnable\":true", "\"transferable\":true"));
        app.post("/api/v1/coupons/" + code + "/issue", admin.key(), "{\"memberId\":1}");
        try (TestApp second = TestApp.startSecondNode()) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                TestApp node = i % 2 == 0 ? app : second;
                String body = "{\"orderRef\":\"order-" + i + "\"}";
                Callable<HttpResponse<String>> call = () -> node.post("/api/v1/coupons/" + code + "/reserve", admin.key(), body);
                answers.add(pool.submit(call));
            }
            int won = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                int status = answer.get().statusCode();
                assertThat(status).isIn(200, 409);
                won += status == 200 ? 1 : 0;
            }
            pool.shutdown();
            assertThat(won).isEqualTo(1);
        }
    }

    @Test
    void a_lock_that_ran_out_shows_the_coupon_free_without_its_order() throws Exception {
        String code = issuedTo7();
        JsonNode locked = json(app.post("/api/v1/coupons/" + code + "/reserve", admin.key(),
                "{\"orderRef\":\"short\",\"memberId\":7,\"ttlSeconds\":1}"));
        assertThat(locked.path("orderRef").asText()).isEqualTo("short");
        Thread.sleep(1_300);
        JsonNode shown = json(app.get("/api/v1/coupons/" + code, admin.key()));
        assertThat(shown.path("state").asText()).isEqualTo("issued");
        assertThat(shown.path("orderRef").isNull() || shown.path("orderRef").isMissingNode()).as(shown.toString()).isTrue();
        assertThat(shown.path("lockedUntil").isNull() || shown.path("lockedUntil").isMissingNode()).isTrue();
    }

    private static String issuedTo7() {
        String code = newCode(admin, TEN_OFF);
        assertThat(app.post("/api/v1/coupons/" + code + "/issue", admin.key(), "{\"memberId\":7}").statusCode()).isEqualTo(200);
        return code;
    }

    private static void assertField(HttpResponse<String> response, String field) {
        JsonNode problem = assertProblem(response, 422, "coupon.invalid-field");
        assertThat(problem.path("detail").asText()).startsWith(field + ":");
    }

    private static long createType(IssuedKey key, String body) {
        HttpResponse<String> response = app.post("/api/v1/coupon-types", key.key(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asLong();
    }

    private static String newCode(IssuedKey key, String typeBody) {
        long type = createType(key, typeBody);
        long batch = json(app.post("/api/v1/coupon-types/" + type + "/batches", key.key(), "{\"count\":1}")).path("id").asLong();
        return json(app.get("/api/v1/coupon-batches/" + batch + "/codes", key.key())).get(0).path("code").asText();
    }
}
