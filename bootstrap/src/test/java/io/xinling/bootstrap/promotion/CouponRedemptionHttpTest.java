package io.xinling.bootstrap.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issued coupons (礼券) in preview and reservations over HTTP (spec 3.12): a code prices as its type's rule, every
 * refused code says why, and a reservation locks its coupons so that of concurrent orders with one code exactly one
 * gets it; release frees it, confirmation redeems it.
 */
class CouponRedemptionHttpTest {

    private static final String MJ_15 = """
            {"name":"满100减15券","kind":"threshold_coupon","parameters":{"threshold":"100.00","amount":"15.00"},\
            "validDays":30}""";

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
    void an_issued_coupon_prices_as_its_type_in_preview_for_its_member_only_and_preview_locks_nothing() {
        String code = issued(MJ_15, 7);

        JsonNode priced = preview(code, 7, "120.00");
        assertThat(priced.path("totalDue").asText()).isEqualTo("105.00");
        JsonNode applied = priced.path("applied").get(0);
        assertThat(applied.path("schemeId").asText()).isEqualTo("coupon:" + code);
        assertThat(applied.path("ruleType").asText()).isEqualTo("threshold_coupon");
        assertThat(applied.path("stage").asText()).isEqualTo("S4_COUPON");
        assertThat(json(app.get("/api/v1/coupons/" + code, admin.key())).path("state").asText())
                .as("a preview locks nothing").isEqualTo("issued");

        JsonNode other = preview(code, 8, "120.00");
        assertThat(other.path("totalDue").asText()).isEqualTo("120.00");
        assertThat(reason(other, code)).isEqualTo("MEMBER_NOT_ELIGIBLE");

        JsonNode below = preview(code, 7, "80.00");
        assertThat(reason(below, code)).isEqualTo("THRESHOLD_NOT_MET");
        assertThat(notApplied(below, code).path("shortfall").asText()).isEqualTo("20.00");
    }

    @Test
    void every_refused_code_is_reported_with_its_reason_and_the_cart_still_prices() {
        Instant now = Instant.now();
        String expired = issued(MJ_15.replace("\"validDays\":30", "\"validFrom\":\"" + now.minus(10, ChronoUnit.DAYS)
                + "\",\"validTo\":\"" + now.minus(1, ChronoUnit.DAYS) + "\""), 7);
        String future = issued(MJ_15.replace("\"validDays\":30", "\"validFrom\":\"" + now.plus(1, ChronoUnit.DAYS)
                + "\",\"validTo\":\"" + now.plus(10, ChronoUnit.DAYS) + "\""), 7);
        String notIssued = generated(MJ_15);
        String otherStore = issued(MJ_15.replace("\"amount\":\"15.00\"", "\"amount\":\"15.00\",\"stores\":\"S9\""), 7);
        String cash = issued("""
                {"name":"5元券","kind":"cash_coupon","parameters":{"amount":"5.00"},"validDays":30}""", 7);

        JsonNode priced = json(app.post("/api/v1/promotions/preview", admin.key(), cart("120.00", 7,
                List.of(expired, future, notIssued, otherStore, cash, "NOPE"))));
        assertThat(reason(priced, expired)).isEqualTo("COUPON_EXPIRED");
        assertThat(reason(priced, future)).isEqualTo("COUPON_NOT_YET_VALID");
        assertThat(reason(priced, notIssued)).isEqualTo("COUPON_NOT_ISSUED");
        assertThat(reason(priced, otherStore)).isEqualTo("STORE_NOT_ELIGIBLE");
        assertThat(reason(priced, "NOPE")).isEqualTo("COUPON_UNKNOWN");
        assertThat(priced.path("applied").findValuesAsText("schemeId")).containsExactly("coupon:" + cash);
        assertThat(priced.path("totalDue").asText()).isEqualTo("115.00");
    }

    @Test
    void of_concurrent_reservations_with_one_code_exactly_one_locks_it_and_release_and_confirm_follow() throws Exception {
        String code = issued(MJ_15, 7);
        int won = 0;
        long held = 0;
        for (HttpResponse<String> response : ConcurrentReservations.send(app, admin, 8, i -> reserveBody("race-" + i, code))) {
            assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
            if (response.statusCode() == 201) {
                won++;
                held = json(response).path("id").asLong();
                assertThat(json(response).path("totalDue").asText()).isEqualTo("105.00");
            } else {
                assertThat(json(response).path("code").asText()).isEqualTo("coupon.locked-conflict");
            }
        }
        assertThat(won).as("a single-use coupon").isEqualTo(1);
        JsonNode locked = json(app.get("/api/v1/coupons/" + code, admin.key()));
        assertThat(locked.path("state").asText()).isEqualTo("locked");
        assertThat(locked.path("orderRef").asText()).startsWith("race-");
        assertThat(reason(preview(code, 7, "120.00"), code)).isEqualTo("COUPON_LOCKED");

        assertThat(app.post("/api/v1/promotions/reservations/" + held + "/release", admin.key(), "").statusCode()).isEqualTo(200);
        assertThat(json(app.get("/api/v1/coupons/" + code, admin.key())).path("state").asText()).isEqualTo("issued");

        JsonNode again = json(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("paid-1", code)));
        assertThat(app.post("/api/v1/promotions/reservations/" + again.path("id").asLong() + "/confirm", admin.key(), "")
                .statusCode()).isEqualTo(200);
        assertThat(json(app.get("/api/v1/coupons/" + code, admin.key())).path("state").asText()).isEqualTo("redeemed");
        assertThat(reason(preview(code, 7, "120.00"), code)).isEqualTo("COUPON_ALREADY_USED");
    }

    @Test
    void a_reservation_that_ran_out_frees_its_coupon_for_the_next_order() throws Exception {
        String code = issued(MJ_15, 7);
        JsonNode first = json(app.post("/api/v1/promotions/reservations", admin.key(),
                reserveBody("slow", code).replace("\"memberId\":7,", "\"memberId\":7,\"ttlSeconds\":1,")));
        assertThat(first.path("totalDue").asText()).isEqualTo("105.00");
        assertProblem(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("fast", code)), 409,
                "coupon.locked-conflict");
        Thread.sleep(1_300);
        assertThat(reason(preview(code, 7, "80.00"), code)).as("free again, only below its threshold")
                .isEqualTo("THRESHOLD_NOT_MET");
        JsonNode next = json(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("fast", code)));
        assertThat(next.path("totalDue").asText()).isEqualTo("105.00");
        assertThat(json(app.get("/api/v1/coupons/" + code, admin.key())).path("orderRef").asText()).isEqualTo("fast");
        assertThat(json(app.get("/api/v1/promotions/reservations/" + first.path("id").asLong(), admin.key()))
                .path("status").asText()).isEqualTo("expired");
    }

    @Test
    void a_return_by_order_ref_is_recorded_so_no_unit_comes_back_twice_and_the_whole_order_gives_the_coupon_back() {
        String code = issued(MJ_15.replace("\"validDays\":30", "\"validDays\":30,\"returnable\":true"), 7);
        String order = cart("60.00", 7, List.of(code)).replace("\"quantity\":\"1\"", "\"quantity\":\"2\"");
        JsonNode held = json(app.post("/api/v1/promotions/reservations", admin.key(), "{\"orderRef\":\"ret-1\",\"memberId\":7,"
                + "\"order\":" + order.replace("\"memberId\":7,", "") + "}"));
        assertThat(held.path("totalDue").asText()).isEqualTo("105.00");
        assertThat(app.post("/api/v1/promotions/reservations/" + held.path("id").asLong() + "/confirm", admin.key(), "")
                .statusCode()).isEqualTo(200);
        String asPriced = order.replace("\"lines\":", "\"schemes\":[],\"lines\":");

        JsonNode part = json(app.post("/api/v1/promotions/returns", admin.key(),
                "{\"orderRef\":\"ret-1\",\"returning\":{\"1\":\"1\"},\"order\":" + asPriced + "}"));
        assertThat(part.path("refund").path("refund").asText()).isEqualTo("52.50");
        assertThat(part.path("couponsRestored")).isEmpty();
        assertThat(json(app.get("/api/v1/coupons/" + code, admin.key())).path("state").asText()).isEqualTo("redeemed");

        JsonNode twice = assertProblem(app.post("/api/v1/promotions/returns", admin.key(), "{\"orderRef\":\"ret-1\","
                + "\"returning\":{\"1\":\"2\"},\"order\":" + asPriced + "}"), 422, "promotion.invalid-return");
        assertThat(twice.path("detail").asText()).as("the server recorded the first return").startsWith("returning.1:")
                .contains("1 units left");
        JsonNode noRef = assertProblem(app.post("/api/v1/promotions/returns", admin.key(), "{\"returning\":{\"1\":\"1\"},"
                + "\"order\":" + asPriced + "}"), 422, "validation-failed");
        assertThat(noRef.toString()).contains("orderRef");
        assertProblem(app.post("/api/v1/promotions/returns", admin.key(), "{\"orderRef\":\"ret-1\",\"returning\":{\"1\":\"1\"},"
                + "\"order\":" + order + "}"), 422, "validation-failed");

        // the client's prior and a smaller order count for nothing: the kept order and the recorded return decide
        String claimedNothing = "{\"orderRef\":\"ret-1\",\"returning\":{\"1\":\"1\"},"
                + "\"prior\":{\"1\":{\"quantity\":\"0\",\"refunded\":\"0\"}},\"order\":"
                + asPriced.replace("\"quantity\":\"2\"", "\"quantity\":\"1\"") + "}";
        JsonNode rest = json(app.post("/api/v1/promotions/returns", admin.key(), claimedNothing));
        assertThat(rest.path("refund").path("refund").asText()).as("the last unit takes what is left").isEqualTo("52.50");
        assertThat(rest.path("couponsRestored").get(0).asText()).as("the recorded return and this one are the whole order")
                .isEqualTo(code);
        assertThat(json(app.get("/api/v1/coupons/" + code, admin.key())).path("state").asText()).isEqualTo("issued");
        assertProblem(app.post("/api/v1/promotions/returns", admin.key(), claimedNothing), 422, "promotion.invalid-return");
        String stored = "/api/v1/promotions/reservations/" + held.path("id").asLong() + "/returns";
        assertProblem(app.post(stored, admin.key(), "{\"returning\":{\"1\":\"1\"}}"), 422, "promotion.invalid-return");
    }

    @Test
    void returns_by_an_order_ref_no_reservation_kept_are_recorded_against_the_order_first_sent() {
        String order = "{\"store\":\"S1\",\"channel\":\"POS\",\"at\":\"2026-11-25T12:00:00\",\"schemes\":[{\"type\":"
                + "\"threshold_amount_off\",\"id\":\"mj\",\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"20.00\"}]}}],"
                + "\"lines\":[{\"lineNo\":1,\"sku\":\"D\",\"unitPrice\":\"40.00\",\"quantity\":\"3\"}]}";
        String one = "{\"orderRef\":\"offline-1\",\"returning\":{\"1\":\"1\"},\"order\":" + order + "}";
        assertThat(json(app.post("/api/v1/promotions/returns", admin.key(), one)).path("refund").path("refund").asText())
                .as("100.00 × 1/3").isEqualTo("33.33");
        assertThat(json(app.post("/api/v1/promotions/returns", admin.key(), one)).path("refund").path("refund").asText())
                .isEqualTo("33.33");
        JsonNode tooMany = assertProblem(app.post("/api/v1/promotions/returns", admin.key(), one.replace("{\"1\":\"1\"}",
                "{\"1\":\"2\"}").replace("\"returning\"", "\"prior\":{},\"returning\"")), 422, "promotion.invalid-return");
        assertThat(tooMany.path("detail").asText()).startsWith("returning.1:").contains("1 units left");
        JsonNode other = assertProblem(app.post("/api/v1/promotions/returns", admin.key(),
                one.replace("\"40.00\"", "\"50.00\"")), 422, "promotion.invalid-return");
        assertThat(other.path("detail").asText()).as("a dearer order under the same reference").startsWith("order:");
        String reordered = one.replace("\"store\":\"S1\",\"channel\":\"POS\"", "\"channel\":\"POS\",\"store\":\"S1\"");
        assertThat(json(app.post("/api/v1/promotions/returns", admin.key(), reordered)).path("refund").path("refund").asText())
                .as("the same order with its keys in another order; the last unit takes what is left").isEqualTo("33.34");
        assertProblem(app.post("/api/v1/promotions/returns", admin.key(), one), 422, "promotion.invalid-return");
        assertThat(json(app.post("/api/v1/promotions/returns", admin.key(), one.replace("offline-1", "offline-2")))
                .path("refund").path("refund").asText()).as("another order reference is another order").isEqualTo("33.33");
    }

    @Test
    void a_return_against_a_paid_reservation_reads_its_kept_order_and_earlier_returns_itself() {
        String code = issued(MJ_15.replace("\"validDays\":30", "\"validDays\":30,\"returnable\":true"), 7);
        String order = cart("17.00", 7, List.of(code)).replace("\"quantity\":\"1\"", "\"quantity\":\"7\"");
        JsonNode held = json(app.post("/api/v1/promotions/reservations", admin.key(),
                "{\"orderRef\":\"kept-1\",\"order\":" + order + "}"));
        assertThat(held.path("totalDue").asText()).isEqualTo("104.00");
        String returns = "/api/v1/promotions/reservations/" + held.path("id").asLong() + "/returns";
        assertProblem(app.post(returns, admin.key(), "{\"returning\":{\"1\":\"1\"}}"), 409, "promotion.illegal-reservation-transition");
        assertThat(app.post("/api/v1/promotions/reservations/" + held.path("id").asLong() + "/confirm", admin.key(), "")
                .statusCode()).isEqualTo(200);

        JsonNode first = json(app.post(returns, admin.key(), "{\"returning\":{\"1\":\"3\"}}"));
        assertThat(first.path("refund").path("refund").asText()).isEqualTo("44.57");
        assertThat(first.path("couponsRestored")).isEmpty();
        assertProblem(app.post(returns, admin.key(), "{\"returning\":{\"1\":\"5\"}}"), 422, "promotion.invalid-return");
        JsonNode rest = json(app.post(returns, admin.key(), "{\"returning\":{\"1\":\"4\"}}"));
        assertThat(rest.path("refund").path("refund").asText()).as("all of 104.00 paid comes back").isEqualTo("59.43");
        assertThat(rest.path("couponsRestored").get(0).asText()).isEqualTo(code);
        assertThat(json(app.get("/api/v1/coupons/" + code, admin.key())).path("state").asText()).isEqualTo("issued");
        assertProblem(app.post(returns, admin.key(), "{\"returning\":{\"1\":\"1\"}}"), 422, "promotion.invalid-return");
        assertProblem(app.post("/api/v1/promotions/reservations/999999/returns", admin.key(),
                "{\"returning\":{\"1\":\"1\"}}"), 404, "promotion.reservation-not-found");
        assertProblem(app.post(returns, admin.key(), "{\"returning\":{}}"), 422, "validation-failed");
    }

    @Test
    void a_reservation_takes_its_member_from_the_order_as_a_preview_body_names_it_and_refuses_two_different_ones() {
        String code = issued(MJ_15, 7);
        String order = cart("120.00", 7, List.of(code));
        JsonNode held = json(app.post("/api/v1/promotions/reservations", admin.key(),
                "{\"orderRef\":\"member-in-order\",\"order\":" + order + "}"));
        assertThat(held.path("totalDue").asText()).as("the coupon of member 7 applies").isEqualTo("105.00");
        assertThat(app.post("/api/v1/promotions/reservations/" + held.path("id").asLong() + "/release", admin.key(), "")
                .statusCode()).isEqualTo(200);
        assertProblem(app.post("/api/v1/promotions/reservations", admin.key(),
                "{\"orderRef\":\"two-members\",\"memberId\":8,\"order\":" + order + "}"), 422, "validation-failed");
        assertThat(json(app.get("/api/v1/coupons/" + code, admin.key())).path("state").asText()).isEqualTo("issued");
    }

    @Test
    void a_bad_member_id_on_preview_is_a_422() {
        String body = cart("120.00", 7, List.of()).replace("\"memberId\":7", "\"memberId\":0");
        assertProblem(app.post("/api/v1/promotions/preview", admin.key(), body), 422, "validation-failed");
    }

    private static JsonNode preview(String code, long member, String price) {
        return json(app.post("/api/v1/promotions/preview", admin.key(), cart(price, member, List.of(code))));
    }

    private static JsonNode notApplied(JsonNode priced, String code) {
        for (JsonNode n : priced.path("notApplied")) {
            if (n.path("schemeId").asText().equals("coupon:" + code)) {
                return n;
            }
        }
        throw new AssertionError("no refusal of " + code + " in " + priced);
    }

    private static String reason(JsonNode priced, String code) {
        return notApplied(priced, code).path("reason").asText();
    }

    private static String cart(String price, long member, List<String> codes) {
        String at = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
        return "{\"store\":\"S1\",\"channel\":\"POS\",\"at\":\"" + at + "\",\"memberId\":" + member + ",\"couponCodes\":["
                + String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList()) + "],"
                + "\"lines\":[{\"lineNo\":1,\"sku\":\"D\",\"unitPrice\":\"" + price + "\",\"quantity\":\"1\"}]}";
    }

    private static String reserveBody(String orderRef, String code) {
        String order = cart("120.00", 7, List.of(code)).replace("\"memberId\":7,", "");
        return "{\"orderRef\":\"" + orderRef + "\",\"memberId\":7,\"order\":" + order + "}";
    }

    private static String issued(String typeBody, long member) {
        String code = generated(typeBody);
        HttpResponse<String> issued = app.post("/api/v1/coupons/" + code + "/issue", admin.key(),
                "{\"memberId\":" + member + "}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        return code;
    }

    private static String generated(String typeBody) {
        HttpResponse<String> type = app.post("/api/v1/coupon-types", admin.key(), typeBody);
        assertThat(type.statusCode()).as(type.body()).isEqualTo(201);
        long batch = json(app.post("/api/v1/coupon-types/" + json(type).path("id").asLong() + "/batches", admin.key(),
                "{\"count\":2}")).path("id").asLong();
        return json(app.get("/api/v1/coupon-batches/" + batch + "/codes", admin.key())).get(0).path("code").asText();
    }
}
