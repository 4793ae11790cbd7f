package io.xinling.bootstrap.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 满赠 gift over several returns against one paid reservation (spec 3.15, Example 25): a gift handed back is never
 * withheld again, a gift kept is withheld once, and its value comes back when the gift does; refunding every unit
 * refunds what was paid (3.17 (6)).
 */
class GiftAcrossReturnsHttpTest {

    /** The ticket time: now at the store (a reservation refuses one off the server's clock, spec 3.9). */
    private static final String NOW = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    private static final String ORDER = "{\"store\":\"S1\",\"channel\":\"POS\",\"at\":\"" + NOW + "\",\"lines\":["
            + "{\"lineNo\":1,\"sku\":\"F\",\"unitPrice\":\"159.00\",\"quantity\":\"1\"},"
            + "{\"lineNo\":2,\"sku\":\"E\",\"unitPrice\":\"99.00\",\"quantity\":\"1\"}]}";

    private static TestApp app;
    private static IssuedKey admin;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        admin = app.newTenant("admin");
        HttpResponse<String> created = app.post("/api/v1/promotions/schemes", admin.key(), """
                {"type":"threshold_gift","id":"gift","params":{"tiers":[{"threshold":"199.00","gifts":1}],
                 "gifts":[{"sku":"M","value":"15.00"}]}}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        for (String action : List.of("submit", "approve", "activate")) {
            assertThat(app.post("/api/v1/promotions/schemes/gift/" + action, admin.key(), "").statusCode()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_gift_handed_back_with_the_first_return_is_not_withheld_by_the_second() {
        String returns = paidOrder("a");
        JsonNode first = refund(returns, "{\"returning\":{\"2\":\"1\"},\"giftsReturned\":[3]}");
        assertThat(first.path("refund").asText()).isEqualTo("99.00");
        JsonNode second = refund(returns, "{\"returning\":{\"1\":\"1\"}}");
        assertThat(second.path("giftDeduction").asText()).isEqualTo("0.00");
        assertThat(second.path("refund").asText()).isEqualTo("159.00");
        assertProblem(app.post(returns, admin.key(), "{\"returning\":{\"1\":\"1\"},\"giftsReturned\":[3]}"), 422,
                "promotion.invalid-return");
    }

    @Test
    void a_gift_kept_then_handed_back_is_withheld_once_and_paid_back_so_the_whole_order_refunds_what_was_paid() {
        String returns = paidOrder("b");
        JsonNode first = refund(returns, "{\"returning\":{\"2\":\"1\"}}");
        assertThat(first.path("giftDeduction").asText()).isEqualTo("15.00");
        assertThat(first.path("refund").asText()).isEqualTo("84.00");
        JsonNode second = refund(returns, "{\"returning\":{\"1\":\"1\"},\"giftsReturned\":[3]}");
        assertThat(second.path("giftDeductionReleased").asText()).isEqualTo("15.00");
        assertThat(second.path("refund").asText()).isEqualTo("174.00");
        assertThat(new BigDecimal(first.path("refund").asText()).add(new BigDecimal(second.path("refund").asText())))
                .isEqualByComparingTo("258.00");
    }

    @Test
    void a_gift_kept_through_two_returns_is_withheld_once() {
        String returns = paidOrder("c");
        assertThat(refund(returns, "{\"returning\":{\"2\":\"1\"}}").path("refund").asText()).isEqualTo("84.00");
        JsonNode second = refund(returns, "{\"returning\":{\"1\":\"1\"}}");
        assertThat(second.path("giftDeduction").asText()).isEqualTo("0.00");
        assertThat(second.path("refund").asText()).isEqualTo("159.00");
    }

    @Test
    void gifts_returned_must_be_gift_lines_of_the_order() {
        String returns = paidOrder("d");
        JsonNode notGift = assertProblem(app.post(returns, admin.key(), "{\"returning\":{\"2\":\"1\"},\"giftsReturned\":[1]}"),
                422, "promotion.invalid-return");
        assertThat(notGift.path("detail").asText()).startsWith("giftsReturned:");
        assertProblem(app.post(returns, admin.key(), "{\"returning\":{\"2\":\"1\"},\"giftsReturned\":[9]}"), 422,
                "promotion.invalid-return");
        JsonNode nul = assertProblem(app.post(returns, admin.key(), "{\"returning\":{\"2\":\"1\"},\"giftsReturned\":[null]}"),
                422, "validation-failed");
        assertThat(nul.path("detail").asText()).startsWith("giftsReturned[0]:");
        assertThat(refund(returns, "{\"returning\":{\"2\":\"1\"},\"giftsReturned\":[3]}").path("refund").asText())
                .as("nothing was recorded by the refused returns").isEqualTo("99.00");
    }

    /** A confirmed reservation of F + E (258.00, gift M on line 3): the path of its returns. */
    private static String paidOrder(String ref) {
        HttpResponse<String> held = app.post("/api/v1/promotions/reservations", admin.key(),
                "{\"orderRef\":\"" + ref + "\",\"order\":" + ORDER + "}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        JsonNode reservation = json(held);
        assertThat(reservation.path("totalDue").asText()).isEqualTo("258.00");
        assertThat(reservation.path("priced").path("lines").get(2).path("gift").asBoolean()).isTrue();
        String path = "/api/v1/promotions/reservations/" + reservation.path("id").asLong();
        assertThat(app.post(path + "/confirm", admin.key(), "").statusCode()).isEqualTo(200);
        return path + "/returns";
    }

    private static JsonNode refund(String returns, String body) {
        HttpResponse<String> response = app.post(returns, admin.key(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).path("refund");
    }
}
