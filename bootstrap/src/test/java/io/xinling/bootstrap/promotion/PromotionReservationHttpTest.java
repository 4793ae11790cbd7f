package io.xinling.bootstrap.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Limits, budgets and gift stock reserved by unpaid orders over HTTP, from two application nodes (spec 3.11). */
class PromotionReservationHttpTest {

    /** The ticket time: now at the store (a reservation refuses one off the server's clock, spec 3.9). */
    private static final String NOW = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    private static final String ORDER = "{\"store\":\"S1\",\"channel\":\"POS\",\"at\":\"" + NOW + "\","
            + "\"lines\":[{\"lineNo\":1,\"sku\":\"D\",\"categories\":[\"乳品\"],\"unitPrice\":\"100.00\",\"quantity\":\"1\"}]}";

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void concurrent_orders_from_two_nodes_take_exactly_what_the_budget_allows() throws Exception {
        IssuedKey admin = app.newTenant("admin");
        activate(admin, "mj", "\"limits\":{\"budget\":\"50.00\"}");
        assertThat(reserveConcurrently(admin, "order-")).as("50.00 of budget pays two benefits of 20.00").isEqualTo(2);
        JsonNode budget = json(app.get("/api/v1/promotions/schemes/mj/usage", admin.key())).get(0);
        assertThat(budget.path("resource").asText()).isEqualTo("budget");
        assertThat(budget.path("used").asLong()).isEqualTo(4000);
        assertThat(budget.path("left").asLong()).isEqualTo(1000);

        JsonNode without = json(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("late", "")));
        assertThat(without.path("totalDue").asText()).as("without an expected price the order is priced without the scheme")
                .isEqualTo("100.00");
        assertThat(without.path("priced").path("notApplied").get(0).path("reason").asText()).isEqualTo("BUDGET_EXHAUSTED");
    }

    @Test
    void a_ticket_time_off_the_servers_clock_is_flagged_and_priced_at_the_servers_time() {
        IssuedKey admin = app.newTenant("admin");
        // the scheme runs from now on: a ticket three days back would be priced without it
        activate(admin, "mj", "\"limits\":{\"usesTotal\":5},\"window\":{\"start\":\""
                + java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusMinutes(1).withNano(0) + "\"}");
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).withNano(0);
        int n = 0;
        for (java.time.LocalDateTime off : List.of(now.minusDays(3), now.plusMinutes(30), now.minusMinutes(6))) {
            JsonNode flagged = json(app.post("/api/v1/promotions/reservations", admin.key(),
                    reserveBody("off-" + n++, "").replace(NOW, off.toString())));
            assertThat(flagged.path("status").asText()).isEqualTo("held");
            assertThat(flagged.path("totalDue").asText()).as("priced at the server's time, inside the window").isEqualTo("80.00");
            JsonNode flag = flagged.path("ticketTimeFlag");
            assertThat(flag.path("given").asText()).startsWith(off.toString().substring(0, 16));
            assertThat(java.time.Duration.between(now, java.time.LocalDateTime.parse(flag.path("pricedAt").asText())).abs())
                    .isLessThan(java.time.Duration.ofMinutes(2));
            assertThat(flag.path("reason").asText()).contains("server's clock");
        }
        JsonNode onTime = json(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("on-time", "")));
        assertThat(onTime.path("ticketTimeFlag").isNull() || onTime.path("ticketTimeFlag").isMissingNode()).isTrue();
    }

    @Test
    void confirm_on_payment_release_on_cancel_and_the_versions_used_are_recorded() {
        IssuedKey admin = app.newTenant("admin");
        IssuedKey cashier = app.keyFor(admin.tenant().value(), "cashier");
        activate(admin, "mj", "\"limits\":{\"usesTotal\":1}");
        JsonNode held = json(app.post("/api/v1/promotions/reservations", cashier.key(), reserveBody("o-1", ",\"memberId\":7")));
        assertThat(held.path("status").asText()).isEqualTo("held");
        assertThat(held.path("schemes").get(0).path("schemeId").asText()).isEqualTo("mj");
        assertThat(held.path("schemes").get(0).path("version").asInt()).isEqualTo(1);
        assertThat(held.path("held").get(0).path("resource").asText()).isEqualTo("usesTotal");
        String one = "/api/v1/promotions/reservations/" + held.path("id").asLong();
        assertProblem(app.post("/api/v1/promotions/reservations", cashier.key(), reserveBody("o-1", "")), 409,
                "promotion.reservation-conflict");

        assertThat(json(app.post(one + "/confirm", cashier.key(), "")).path("status").asText()).isEqualTo("confirmed");
        assertProblem(app.post(one + "/confirm", cashier.key(), ""), 409, "promotion.illegal-reservation-transition");
        assertProblem(app.post("/api/v1/promotions/reservations", cashier.key(), reserveBody("o-2", ",\"expectedTotalDue\":\"80.00\"")),
                409, "promotion.price-conflict");
        assertThat(json(app.post(one + "/release", cashier.key(), "")).path("status").asText()).isEqualTo("released");
        assertThat(json(app.post("/api/v1/promotions/reservations", cashier.key(), reserveBody("o-2", "")))
                .path("totalDue").asText()).isEqualTo("80.00");

        assertThat(json(app.get(one, cashier.key())).path("status").asText()).isEqualTo("released");
        assertProblem(app.get(one, app.newTenant("admin").key()), 404, "promotion.reservation-not-found");
        assertProblem(app.post(one + "/release", app.keyFor(admin.tenant().value(), "viewer").key(), ""), 403, "forbidden");
    }

    @Test
    void gift_stock_runs_out_and_bad_requests_are_422() {
        IssuedKey admin = app.newTenant("admin");
        app.post("/api/v1/promotions/schemes", admin.key(), """
                {"type":"threshold_gift","id":"gift","params":{"tiers":[{"threshold":"99.00","gifts":1}],
                 "gifts":[{"sku":"M","value":"15.00"}]},"limits":{"giftStock":1}}""");
        for (String action : List.of("submit", "approve", "activate")) {
            app.post("/api/v1/promotions/schemes/gift/" + action, admin.key(), "");
        }
        JsonNode first = json(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("g-1", "")));
        assertThat(first.path("priced").path("lines")).anySatisfy(l -> assertThat(l.path("gift").asBoolean()).isTrue());
        assertThat(first.path("held").get(0).path("resource").asText()).isEqualTo("giftStock");
        JsonNode second = json(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("g-2", "")));
        assertThat(second.path("priced").path("lines")).noneSatisfy(l -> assertThat(l.path("gift").asBoolean()).isTrue());

        assertProblem(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("g-3", ",\"ttlSeconds\":0")),
                422, "promotion.invalid-field");
        assertProblem(app.post("/api/v1/promotions/reservations", admin.key(), "{\"orderRef\":\"x\"}"), 422, "validation-failed");
        JsonNode bad = assertProblem(app.post("/api/v1/promotions/schemes", admin.key(), """
                {"type":"threshold_amount_off","id":"bad","params":{"tiers":[{"threshold":"100.00","amount":"20.00"}]},
                 "limits":{"budget":"-1.00"}}"""), 422, "promotion.invalid-scheme");
        assertThat(bad.path("detail").asText()).startsWith("limits.budget:");
        assertProblem(app.get("/api/v1/promotions/schemes/bad", admin.key()), 404, "promotion.scheme-not-found");
    }

    @Test
    void a_campaign_budget_is_shared_by_its_schemes_across_orders_and_comes_back_on_release() {
        IssuedKey admin = app.newTenant("admin");
        activate(admin, "mj-a", "\"priority\":1");
        activate(admin, "mj-b", "\"exclusionGroup\":\"b\"");
        assertProblem(app.post("/api/v1/promotions/campaigns", admin.key(),
                "{\"id\":\"d11\",\"name\":\"双十一\",\"budget\":\"-1.00\"}"), 422, "promotion.invalid-field");
        assertProblem(app.post("/api/v1/promotions/campaigns", admin.key(),
                "{\"id\":\"d11\",\"name\":\"双十一\",\"budget\":\"lots\"}"), 422, "promotion.invalid-field");
        assertProblem(app.post("/api/v1/promotions/campaigns", admin.key(),
                "{\"id\":\"d11\",\"name\":\"双十一\",\"budgetOrders\":-1}"), 422, "promotion.invalid-field");
        JsonNode campaign = json(app.post("/api/v1/promotions/campaigns", admin.key(),
                "{\"id\":\"d11\",\"name\":\"双十一\",\"budget\":\"30.00\",\"budgetOrders\":5,\"schemeIds\":[\"mj-a\",\"mj-b\"]}"));
        assertThat(campaign.path("budget").asText()).isEqualTo("30.00");
        assertThat(campaign.path("budgetOrders").asLong()).isEqualTo(5);
        for (String action : List.of("submit", "approve", "activate")) {
            assertThat(app.post("/api/v1/promotions/campaigns/d11/" + action, admin.key(), "").statusCode()).isEqualTo(200);
        }

        JsonNode first = json(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("c-1", "")));
        assertThat(first.path("totalDue").asText()).as("20.00 of mj-a; mj-b's 20.00 does not fit in the 10.00 left")
                .isEqualTo("80.00");
        assertThat(first.path("priced").path("notApplied").findValuesAsText("reason")).contains("BUDGET_EXHAUSTED");
        JsonNode second = json(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("c-2", "")));
        assertThat(second.path("totalDue").asText()).isEqualTo("100.00");
        JsonNode usage = json(app.get("/api/v1/promotions/campaigns/d11/usage", admin.key()));
        assertThat(usage.findValuesAsText("resource")).containsExactly("budget", "orders");
        assertThat(usage.get(0).path("used").asLong()).isEqualTo(2000);
        assertThat(usage.get(0).path("left").asLong()).isEqualTo(1000);
        assertThat(usage.get(1).path("used").asLong()).isEqualTo(1);

        app.post("/api/v1/promotions/reservations/" + first.path("id").asLong() + "/release", admin.key(), "");
        assertThat(json(app.get("/api/v1/promotions/campaigns/d11/usage", admin.key())).get(0).path("used").asLong()).isZero();
        assertThat(json(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("c-3", ""))).path("totalDue").asText())
                .isEqualTo("80.00");
        assertProblem(app.get("/api/v1/promotions/campaigns/nope/usage", admin.key()), 404, "promotion.campaign-not-found");
    }

    @Test
    void preview_reads_the_used_up_budgets_so_it_prices_like_the_next_reservation() {
        IssuedKey admin = app.newTenant("admin");
        HttpResponse<String> created = app.post("/api/v1/promotions/schemes", admin.key(), "{\"type\":\"threshold_amount_off\","
                + "\"id\":\"mj9\",\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"9.00\"}]}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(app.post("/api/v1/promotions/campaigns", admin.key(),
                "{\"id\":\"c18\",\"name\":\"x\",\"budget\":\"18.00\",\"schemeIds\":[\"mj9\"]}").statusCode()).isEqualTo(201);
        for (String action : List.of("submit", "approve", "activate")) {
            assertThat(app.post("/api/v1/promotions/campaigns/c18/" + action, admin.key(), "").statusCode()).isEqualTo(200);
        }
        for (String order : List.of("b-1", "b-2")) {
            JsonNode before = json(app.post("/api/v1/promotions/preview", admin.key(), ORDER));
            JsonNode held = json(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody(order, "")));
            assertThat(held.path("totalDue").asText()).isEqualTo("91.00");
            assertThat(before.path("totalDue").asText()).isEqualTo("91.00");
        }

        JsonNode preview = json(app.post("/api/v1/promotions/preview", admin.key(), ORDER));
        JsonNode next = json(app.post("/api/v1/promotions/reservations", admin.key(), reserveBody("b-3", "")));
        assertThat(next.path("priced").path("notApplied").findValuesAsText("reason")).containsExactly("BUDGET_EXHAUSTED");
        assertThat(preview.path("notApplied").findValuesAsText("reason")).as("the budget is spent").containsExactly("BUDGET_EXHAUSTED");
        for (String total : List.of("payable", "totalDue", "discount")) {
            assertThat(preview.path(total)).as(total).isEqualTo(next.path("priced").path(total));
        }
        assertThat(preview.path("totalDue").asText()).isEqualTo("100.00");
        assertThat(json(app.get("/api/v1/promotions/campaigns/c18/usage", admin.key())).get(0).path("used").asLong())
                .as("previews reserve nothing").isEqualTo(1800);
    }

    @Test
    void preview_with_a_member_id_counts_that_members_per_customer_limits_as_a_reservation_would() {
        IssuedKey admin = app.newTenant("admin");
        activate(admin, "once", "\"limits\":{\"usesPerCustomer\":1}");
        JsonNode held = json(app.post("/api/v1/promotions/reservations", admin.key(),
                "{\"orderRef\":\"m7-1\",\"memberId\":7,\"order\":" + ORDER + "}"));
        assertThat(held.path("totalDue").asText()).isEqualTo("80.00");

        String asMember7 = ORDER.replace("{\"store\"", "{\"memberId\":7,\"store\"");
        JsonNode member7 = json(app.post("/api/v1/promotions/preview", admin.key(), asMember7));
        assertThat(member7.path("notApplied").findValuesAsText("reason")).containsExactly("LIMIT_REACHED");
        assertThat(member7.path("totalDue").asText()).isEqualTo("100.00");
        JsonNode next = json(app.post("/api/v1/promotions/reservations", admin.key(),
                "{\"orderRef\":\"m7-2\",\"memberId\":7,\"order\":" + ORDER + "}"));
        assertThat(next.path("totalDue").asText()).as("the reservation agrees with the preview").isEqualTo("100.00");

        JsonNode member8 = json(app.post("/api/v1/promotions/preview", admin.key(), asMember7.replace(":7,", ":8,")));
        assertThat(member8.path("totalDue").asText()).isEqualTo("80.00");
    }

    @Test
    void preview_counts_a_hold_that_ran_out_as_given_back_without_writing_and_the_next_reservation_sweeps_it()
            throws Exception {
        IssuedKey admin = app.newTenant("admin");
        activate(admin, "one", "\"limits\":{\"usesTotal\":1}");
        JsonNode held = json(app.post("/api/v1/promotions/reservations", admin.key(),
                "{\"orderRef\":\"short\",\"ttlSeconds\":1,\"order\":" + ORDER + "}"));
        assertThat(held.path("totalDue").asText()).isEqualTo("80.00");
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), ORDER)).path("totalDue").asText())
                .as("the one use is held").isEqualTo("100.00");

        Thread.sleep(1_300);
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), ORDER)).path("totalDue").asText())
                .as("a hold past its time counts as given back").isEqualTo("80.00");
        String sql = "select status from promotion_reservations where tenant_id = ? and order_ref = 'short'";
        var dsl = TestDatabase.database().dsl();
        assertThat(dsl.fetchValue(sql, admin.tenant().value())).as("a preview writes nothing").isEqualTo("HELD");

        JsonNode next = json(app.post("/api/v1/promotions/reservations", admin.key(),
                "{\"orderRef\":\"next\",\"order\":" + ORDER + "}"));
        assertThat(next.path("totalDue").asText()).isEqualTo("80.00");
        assertThat(dsl.fetchValue(sql, admin.tenant().value())).as("reserving sweeps").isEqualTo("EXPIRED");
    }

    @Test
    void concurrent_orders_from_two_nodes_take_exactly_what_a_campaign_budget_allows() throws Exception {
        IssuedKey admin = app.newTenant("admin");
        activate(admin, "mj", "\"priority\":1");
        assertThat(app.post("/api/v1/promotions/campaigns", admin.key(),
                "{\"id\":\"d12\",\"name\":\"双十二\",\"budget\":\"50.00\",\"schemeIds\":[\"mj\"]}").statusCode()).isEqualTo(201);
        for (String action : List.of("submit", "approve", "activate")) {
            assertThat(app.post("/api/v1/promotions/campaigns/d12/" + action, admin.key(), "").statusCode()).isEqualTo(200);
        }
        assertThat(reserveConcurrently(admin, "d12-")).as("50.00 of campaign budget pays two benefits of 20.00").isEqualTo(2);
        assertThat(json(app.get("/api/v1/promotions/campaigns/d12/usage", admin.key())).get(0).path("used").asLong()).isEqualTo(4000);
    }

    /**
     * 24 reservations of the 100.00 order expecting 80.00, sent at once, half to a second application node: how many
     * succeeded (each refusal is a quota or price conflict).
     */
    private static int reserveConcurrently(IssuedKey admin, String orderPrefix) throws Exception {
        return ConcurrentReservations.race(app, admin, i -> reserveBody(orderPrefix + i, ",\"expectedTotalDue\":\"80.00\""));
    }

    private static void activate(IssuedKey admin, String id, String extra) {
        HttpResponse<String> created = app.post("/api/v1/promotions/schemes", admin.key(), "{\"type\":\"threshold_amount_off\",\"id\":\""
                + id + "\",\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"20.00\"}]}," + extra + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        for (String action : List.of("submit", "approve", "activate")) {
            assertThat(app.post("/api/v1/promotions/schemes/" + id + "/" + action, admin.key(), "").statusCode()).isEqualTo(200);
        }
    }

    private static String reserveBody(String orderRef, String extra) {
        return "{\"orderRef\":\"" + orderRef + "\"" + extra + ",\"order\":" + ORDER + "}";
    }
}
