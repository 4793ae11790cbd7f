package io.xinling.bootstrap.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.IntFunction;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A public coupon code (优惠码) shared by many customers, limited per code and per customer using it (spec 3.11
 * {@code perCodeUses}, {@code perCodePerCustomer}; 3.12), reserved over HTTP from two application nodes.
 */
class PublicCodeLimitHttpTest {

    /** The ticket time: now at the store (a reservation refuses one off the server's clock, spec 3.9). */
    private static final String NOW = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    private static final String ORDER = "{\"store\":\"S1\",\"channel\":\"POS\",\"at\":\"" + NOW + "\","
            + "\"couponCodes\":[\"WELCOME\"],"
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
    void a_shared_code_serves_each_customer_once_and_all_customers_up_to_its_uses() {
        IssuedKey admin = app.newTenant("admin");
        activate(admin, "welcome", "{\"perCodeUses\":3,\"perCodePerCustomer\":1}");

        JsonNode first = reserve(admin, "w-7a", 7);
        assertThat(first.path("totalDue").asText()).isEqualTo("80.00");
        assertThat(first.path("held").findValuesAsText("resource")).containsExactlyInAnyOrder("perCodeUses", "perCodePerCustomer");
        assertThat(first.path("held").findValuesAsText("subject")).containsExactlyInAnyOrder("WELCOME", "7/WELCOME");

        JsonNode again = reserve(admin, "w-7b", 7);
        assertThat(again.path("totalDue").asText()).as("member 7 used the code once").isEqualTo("100.00");
        assertThat(again.path("priced").path("notApplied").findValuesAsText("reason")).containsExactly("LIMIT_REACHED");
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), withMember(7))).path("totalDue").asText())
                .as("the preview agrees").isEqualTo("100.00");
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), ORDER)).path("notApplied")
                .findValuesAsText("reason")).as("nobody can be held to once per customer without a member")
                .containsExactly("LIMIT_REACHED");
        assertThat(reserve(admin, "w-anon", null).path("totalDue").asText()).isEqualTo("100.00");

        assertThat(reserve(admin, "w-8", 8).path("totalDue").asText()).isEqualTo("80.00");
        JsonNode third = reserve(admin, "w-9", 9);
        assertThat(third.path("totalDue").asText()).isEqualTo("80.00");
        JsonNode late = reserve(admin, "w-10a", 10);
        assertThat(late.path("totalDue").asText()).as("the code's three uses are taken").isEqualTo("100.00");
        JsonNode usage = json(app.get("/api/v1/promotions/schemes/welcome/usage", admin.key()));
        assertThat(usage.get(0).path("resource").asText()).isEqualTo("perCodeUses");
        assertThat(usage.get(0).path("used").asLong()).isEqualTo(3);
        assertThat(usage.get(0).path("left").asLong()).isZero();

        app.post("/api/v1/promotions/reservations/" + third.path("id").asLong() + "/release", admin.key(), "");
        assertThat(reserve(admin, "w-10b", 10).path("totalDue").asText()).as("a cancelled order gives its use back")
                .isEqualTo("80.00");
        assertThat(reserve(admin, "w-9b", 9).path("totalDue").asText()).as("and member 10 took it").isEqualTo("100.00");
    }

    @Test
    void concurrent_orders_from_two_nodes_never_pass_the_codes_uses_nor_a_customers() throws Exception {
        IssuedKey admin = app.newTenant("admin");
        activate(admin, "shared", "{\"perCodeUses\":2}");
        assertThat(reserveConcurrently(admin, "s-", i -> 100 + i)).as("24 customers, 2 uses of the code").isEqualTo(2);

        IssuedKey other = app.newTenant("admin");
        activate(other, "once", "{\"perCodePerCustomer\":1}");
        assertThat(reserveConcurrently(other, "o-", i -> 7)).as("one customer, 24 orders at once").isEqualTo(1);
        assertThat(reserve(other, "another-customer", 8).path("totalDue").asText()).as("another customer still may").isEqualTo("80.00");
    }

    @Test
    void a_public_code_is_taken_as_customers_type_it_whatever_its_case_and_counts_on_one_counter() {
        IssuedKey admin = app.newTenant("admin");
        HttpResponse<String> created = app.post("/api/v1/promotions/schemes", admin.key(), "{\"type\":\"threshold_amount_off\","
                + "\"id\":\"mixed\",\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"20.00\"}]},"
                + "\"audience\":{\"couponCode\":\"Welcome\"},\"limits\":{\"perCodePerCustomer\":1}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        for (String action : List.of("submit", "approve", "activate")) {
            assertThat(app.post("/api/v1/promotions/schemes/mixed/" + action, admin.key(), "").statusCode()).isEqualTo(200);
        }
        String lower = withMember(7).replace("\"WELCOME\"", "\" welcome \"");
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), lower)).path("totalDue").asText()).isEqualTo("80.00");
        JsonNode first = json(app.post("/api/v1/promotions/reservations", admin.key(), "{\"orderRef\":\"m-1\",\"order\":" + lower + "}"));
        assertThat(first.path("totalDue").asText()).isEqualTo("80.00");
        assertThat(first.path("held").findValuesAsText("subject")).containsExactly("7/WELCOME");
        assertThat(reserve(admin, "m-2", 7).path("totalDue").asText()).as("WELCOME is the same code").isEqualTo("100.00");

        JsonNode blank = assertProblem(app.post("/api/v1/promotions/schemes", admin.key(), "{\"type\":\"threshold_amount_off\","
                + "\"id\":\"blank\",\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"20.00\"}]},"
                + "\"audience\":{\"couponCode\":\" \"}}"), 422, "promotion.invalid-scheme");
        assertThat(blank.path("detail").asText()).startsWith("audience.couponCode:");
    }

    @Test
    void a_per_code_limit_needs_a_code_and_a_whole_number() {
        IssuedKey admin = app.newTenant("admin");
        JsonNode noCode = assertProblem(app.post("/api/v1/promotions/schemes", admin.key(), """
                {"type":"threshold_amount_off","id":"nocode","params":{"tiers":[{"threshold":"100.00","amount":"20.00"}]},
                 "limits":{"perCodeUses":5}}"""), 422, "promotion.invalid-scheme");
        assertThat(noCode.path("detail").asText()).startsWith("limits.perCodeUses:").contains("audience.couponCode");
        JsonNode negative = assertProblem(app.post("/api/v1/promotions/schemes", admin.key(), """
                {"type":"threshold_amount_off","id":"neg","params":{"tiers":[{"threshold":"100.00","amount":"20.00"}]},
                 "audience":{"couponCode":"X"},"limits":{"perCodePerCustomer":-1}}"""), 422, "promotion.invalid-scheme");
        assertThat(negative.path("detail").asText()).startsWith("limits.perCodePerCustomer:");
        assertProblem(app.get("/api/v1/promotions/schemes/nocode", admin.key()), 404, "promotion.scheme-not-found");
        assertProblem(app.get("/api/v1/promotions/schemes/neg", admin.key()), 404, "promotion.scheme-not-found");
    }

    /** 24 reservations of the order with the code, expecting 80.00, half to a second node: how many succeeded. */
    private static int reserveConcurrently(IssuedKey admin, String orderPrefix, IntFunction<Integer> member) throws Exception {
        return ConcurrentReservations.race(app, admin, i -> reserveBody(orderPrefix + i, member.apply(i), ",\"expectedTotalDue\":\"80.00\""));
    }

    private static JsonNode reserve(IssuedKey admin, String orderRef, Integer member) {
        HttpResponse<String> response = app.post("/api/v1/promotions/reservations", admin.key(), reserveBody(orderRef, member, ""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private static String reserveBody(String orderRef, Integer member, String extra) {
        return "{\"orderRef\":\"" + orderRef + "\"" + (member == null ? "" : ",\"memberId\":" + member) + extra
                + ",\"order\":" + ORDER + "}";
    }

    private static String withMember(int member) {
        return ORDER.replace("{\"store\"", "{\"memberId\":" + member + ",\"store\"");
    }

    private static void activate(IssuedKey admin, String id, String limits) {
        HttpResponse<String> created = app.post("/api/v1/promotions/schemes", admin.key(), "{\"type\":\"threshold_amount_off\",\"id\":\""
                + id + "\",\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"20.00\"}]},"
                + "\"audience\":{\"couponCode\":\"WELCOME\"},\"limits\":" + limits + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        for (String action : List.of("submit", "approve", "activate")) {
            assertThat(app.post("/api/v1/promotions/schemes/" + id + "/" + action, admin.key(), "").statusCode()).isEqualTo(200);
        }
    }
}
