package io.xinling.bootstrap.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The conflict report of a draft scheme (spec 3.13): what it overlaps and what the combination does to a cart. */
class ConflictReportHttpTest {

    private static TestApp app;
    private static IssuedKey admin;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        admin = app.newTenant("admin");
        save("{\"type\":\"special_price\",\"id\":\"sp\",\"params\":{\"price\":\"90.00\"},\"scope\":{\"skus\":[\"D\"]}}", "activate");
        save("{\"type\":\"threshold_amount_off\",\"id\":\"mj\",\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"20.00\"}]}}",
                "approve");
        save("{\"type\":\"special_price\",\"id\":\"s2\",\"params\":{\"price\":\"50.00\"},\"audience\":{\"stores\":[\"S2\"]}}", "activate");
        save("{\"type\":\"percent_off_item\",\"id\":\"x-only\",\"params\":{\"payRate\":\"50\"},\"scope\":{\"skus\":[\"X\"]}}", "activate");
        save("{\"type\":\"special_price\",\"id\":\"later\",\"params\":{\"price\":\"1.00\"},"
                + "\"window\":{\"start\":\"2027-01-01T00:00\",\"end\":\"2027-02-01T00:00\"}}", "activate");
        save("{\"type\":\"percent_off_item\",\"id\":\"pc\",\"params\":{\"payRate\":\"80\"},\"scope\":{\"skus\":[\"D\"]},"
                + "\"audience\":{\"stores\":[\"S1\"]},\"window\":{\"start\":\"2026-12-01T00:00\",\"end\":\"2026-12-08T00:00\"}}", "");

        save("{\"type\":\"special_price\",\"id\":\"morning\",\"params\":{\"price\":\"5.00\"},\"scope\":{\"skus\":[\"Q\"]},"
                + "\"window\":{\"weekdays\":[\"SATURDAY\",\"SUNDAY\"],\"slots\":[{\"from\":\"09:00\",\"to\":\"12:00\"}]}}", "activate");
        save("{\"type\":\"special_price\",\"id\":\"night\",\"params\":{\"price\":\"5.00\"},\"scope\":{\"skus\":[\"N\"]},"
                + "\"window\":{\"slots\":[{\"from\":\"22:00\",\"to\":\"02:00\"}]}}", "activate");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_draft_lists_the_schemes_it_meets_and_prices_a_sample_cart_with_and_without_it() {
        JsonNode report = json(app.get("/api/v1/promotions/schemes/pc/conflicts", admin.key()));
        List<String> ids = new ArrayList<>();
        report.path("overlaps").forEach(o -> ids.add(o.path("schemeId").asText()));
        assertThat(ids).as("not the S2-only, X-only or January schemes").containsExactlyInAnyOrder("sp", "mj");
        JsonNode sp = overlap(report, "sp");
        assertThat(sp.path("relation").asText()).isEqualTo("COMPETES");
        assertThat(sp.path("products").asText()).isEqualTo("SKUS D");
        assertThat(overlap(report, "mj").path("relation").asText()).isEqualTo("STACKS");
        assertThat(overlap(report, "mj").path("status").asText()).isEqualTo("approved");

        JsonNode effect = report.path("effect");
        assertThat(effect.path("sampleCart").asBoolean()).isTrue();
        assertThat(effect.path("payableWithout").asText()).as("2 × 90.00 − 20.00").isEqualTo("160.00");
        assertThat(effect.path("payableWith").asText()).as("2 × 80.00 − 20.00: 8折 beats 特价 90").isEqualTo("140.00");
        assertThat(effect.path("candidateBenefit").asText()).isEqualTo("40.00");
        assertThat(effect.path("priced").path("notApplied").findValuesAsText("schemeId")).contains("sp");
    }

    @Test
    void an_inline_draft_on_a_given_order_says_it_would_lose() {
        JsonNode report = json(app.post("/api/v1/promotions/conflict-reports", admin.key(), """
                {"scheme":{"type":"special_price","id":"sp95","params":{"price":"95.00"},"scope":{"skus":["D"]}},
                 "order":{"store":"S1","channel":"POS","at":"2026-11-25T12:00:00",
                          "lines":[{"lineNo":1,"sku":"D","unitPrice":"100.00","quantity":"1"}]}}"""));
        assertThat(report.path("effect").path("sampleCart").asBoolean()).isFalse();
        assertThat(report.path("effect").path("payableWith").asText()).isEqualTo("90.00");
        assertThat(report.path("effect").path("candidateBenefit").asText()).isEqualTo("0.00");
        JsonNode lost = find(report.path("effect").path("priced").path("notApplied"), "sp95");
        assertThat(lost.path("reason").asText()).isEqualTo("LOST_TO");
        assertThat(lost.path("competitor").asText()).isEqualTo("sp");
        assertThat(find(report.path("overlaps"), "later").path("relation").asText())
                .as("an always-on draft meets a scheme of January").isEqualTo("COMPETES");
        assertThat(app.get("/api/v1/promotions/schemes/sp95", admin.key()).statusCode()).as("nothing saved").isEqualTo(404);
    }

    @Test
    void schemes_on_the_same_items_and_days_in_disjoint_daily_slots_do_not_conflict() {
        assertThat(draftMeets("Q", "{\"weekdays\":[\"SATURDAY\",\"SUNDAY\"],\"slots\":[{\"from\":\"14:00\",\"to\":\"18:00\"}]}"))
                .as("09:00–12:00 and 14:00–18:00 on the same weekend days").doesNotContain("morning");
        assertThat(draftMeets("Q", "{\"weekdays\":[\"SUNDAY\"],\"slots\":[{\"from\":\"12:00\",\"to\":\"13:00\"}]}"))
                .as("a slot starting as the other ends").doesNotContain("morning");
        assertThat(draftMeets("Q", "{\"weekdays\":[\"SUNDAY\"],\"slots\":[{\"from\":\"11:00\",\"to\":\"13:00\"}]}"))
                .contains("morning");
        assertThat(draftMeets("Q", "{\"weekdays\":[\"MONDAY\"],\"slots\":[{\"from\":\"09:00\",\"to\":\"12:00\"}]}"))
                .as("same slot, other days").doesNotContain("morning");
        assertThat(draftMeets("Q", "{}")).as("all day, every day").contains("morning");

        assertThat(draftMeets("N", "{\"slots\":[{\"from\":\"01:00\",\"to\":\"03:00\"}]}"))
                .as("22:00–02:00 runs past midnight into 01:00–03:00").contains("night");
        assertThat(draftMeets("N", "{\"slots\":[{\"from\":\"02:00\",\"to\":\"21:00\"}]}"))
                .as("from the overnight slot's end to before its start").doesNotContain("night");
        assertThat(draftMeets("N", "{\"slots\":[{\"from\":\"21:00\",\"to\":\"00:00\"}]}"))
                .as("21:00–24:00 meets 22:00").contains("night");
    }

    /** The saved schemes a draft special price on {@code sku} with the given window overlaps. */
    private static List<String> draftMeets(String sku, String window) {
        JsonNode report = json(app.post("/api/v1/promotions/conflict-reports", admin.key(),
                "{\"scheme\":{\"type\":\"special_price\",\"id\":\"draft-" + sku + "\",\"params\":{\"price\":\"4.00\"},"
                        + "\"scope\":{\"skus\":[\"" + sku + "\"]},\"window\":" + window + "}}"));
        List<String> ids = new ArrayList<>();
        report.path("overlaps").forEach(o -> ids.add(o.path("schemeId").asText()));
        return ids;
    }

    @Test
    void bad_report_requests() {
        assertProblem(app.get("/api/v1/promotions/schemes/nope/conflicts", admin.key()), 404, "promotion.scheme-not-found");
        assertProblem(app.post("/api/v1/promotions/conflict-reports", admin.key(), "{}"), 422, "validation-failed");
        assertProblem(app.post("/api/v1/promotions/conflict-reports", admin.key(),
                "{\"scheme\":{\"type\":\"percent_off_item\",\"params\":{\"payRate\":\"120\"}}}"), 422, "promotion.invalid-scheme");
        assertProblem(app.get("/api/v1/promotions/schemes/pc/conflicts", app.keyFor(admin.tenant().value(), "cashier").key()),
                403, "forbidden");
    }

    private static JsonNode overlap(JsonNode report, String id) {
        return find(report.path("overlaps"), id);
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode o : array) {
            if (o.path("schemeId").asText().equals(id)) {
                return o;
            }
        }
        throw new AssertionError(id + " not in " + array);
    }

    private static void save(String body, String upTo) {
        assertThat(app.post("/api/v1/promotions/schemes", admin.key(), body).statusCode()).as(body).isEqualTo(201);
        String id = json(app.get("/api/v1/promotions/schemes/" + body.split("\"id\":\"")[1].split("\"")[0], admin.key()))
                .path("id").asText();
        for (String action : List.of("submit", "approve", "activate")) {
            if (upTo.isEmpty()) {
                return;
            }
            assertThat(app.post("/api/v1/promotions/schemes/" + id + "/" + action, admin.key(), "").statusCode()).isEqualTo(200);
            if (action.equals(upTo)) {
                return;
            }
        }
    }
}
