package io.xinling.bootstrap.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of promotions.md section 4, priced over HTTP through the preview with inline schemes. */
class PromotionPreviewHttpTest {

    /** The SKUs of section 4: price and category path. */
    private static final Map<String, String[]> SKUS = Map.ofEntries(
            Map.entry("A", new String[] {"3.00", "饮料"}), Map.entry("B", new String[] {"4.50", "饮料"}),
            Map.entry("C", new String[] {"8.90", "零食"}), Map.entry("D", new String[] {"12.80", "乳品", "生鲜"}),
            Map.entry("E", new String[] {"99.00", "服装"}), Map.entry("F", new String[] {"159.00", "服装"}),
            Map.entry("G", new String[] {"19.90", "服装"}), Map.entry("H", new String[] {"45.00", "日化"}),
            Map.entry("J", new String[] {"28.00", "食品"}), Map.entry("K", new String[] {"6.50", "烘焙"}));

    private static TestApp app;
    private static IssuedKey cashier;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        cashier = app.newTenant("cashier");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void example1_special_price_with_a_purchase_limit() {
        JsonNode r = preview(cart("H", 3), "", """
                {"type":"special_price","id":"sp-h","params":{"price":"39.90"},"scope":{"skus":["H"]},"limits":{"qtyPerOrder":2}}""");
        assertThat(line(r, "H").path("discount").asText()).isEqualTo("10.20");
        assertThat(line(r, "H").path("payable").asText()).isEqualTo("124.80");
        assertThat(line(r, "H").path("unitsAtPromoPrice").asLong()).isEqualTo(2);
        JsonNode adjustment = line(r, "H").path("adjustments").get(0);
        assertThat(adjustment.path("schemeId").asText()).isEqualTo("sp-h");
        assertThat(adjustment.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void example2_percent_on_the_line_not_the_unit() {
        JsonNode r = preview(cart("C", 3), "", """
                {"type":"percent_off_item","id":"pc","params":{"payRate":"88"},"scope":{"skus":["C"]}}""");
        assertThat(line(r, "C").path("payable").asText()).isEqualTo("23.50");
        assertThat(line(r, "C").path("discount").asText()).isEqualTo("3.20");
    }

    @Test
    void example3_threshold_hit_exactly_allocated_by_largest_remainder() {
        JsonNode r = preview(cart("D", 5, "A", 12), "", manjian("100.00", "20.00"));
        assertThat(line(r, "D").path("discount").asText()).isEqualTo("12.80");
        assertThat(line(r, "A").path("discount").asText()).isEqualTo("7.20");
        assertThat(r.path("payable").asText()).isEqualTo("80.00");
    }

    @Test
    void example3_one_fen_short_says_what_is_missing() {
        JsonNode r = preview(cart("D", 5, "A", 12), "", manjian("100.01", "20.00"));
        assertThat(r.path("payable").asText()).isEqualTo("100.00");
        JsonNode why = r.path("notApplied").get(0);
        assertThat(why.path("schemeId").asText()).isEqualTo("mj");
        assertThat(why.path("shortfall").asText()).isEqualTo("0.01");
    }

    @Test
    void example4_every_two_hundred_off_twenty_uncapped() {
        JsonNode r = preview(cart("F", 3, "E", 1, "G", 4), "", """
                {"type":"every_amount_off","id":"every","params":{"threshold":"200.00","amount":"20.00"}}""");
        assertThat(r.path("discount").asText()).isEqualTo("60.00");
        assertThat(line(r, "F").path("discount").asText()).isEqualTo("43.65");
        assertThat(line(r, "E").path("discount").asText()).isEqualTo("9.06");
        assertThat(line(r, "G").path("discount").asText()).isEqualTo("7.29");
        assertThat(r.path("payable").asText()).isEqualTo("595.60");
    }

    @Test
    void example6_category_threshold_counts_eligible_lines_only() {
        JsonNode r = preview(cart("F", 1, "E", 1, "H", 1, "G", 3), "", """
                {"type":"threshold_percent_off","id":"mz","params":{"tiers":[{"threshold":"300.00","payRate":"90"}]},
                 "scope":{"categories":["服装"]}}""");
        assertThat(r.path("payable").asText()).isEqualTo("330.93");
    }

    @Test
    void example7_second_unit_half_price() {
        JsonNode r = preview(cart("J", 5), "", """
                {"type":"nth_unit_discount","id":"2nd","params":{"n":2,"payRate":"50"},"scope":{"skus":["J"]}}""");
        assertThat(line(r, "J").path("discount").asText()).isEqualTo("28.00");
        assertThat(r.path("payable").asText()).isEqualTo("112.00");
    }

    @Test
    void example9_buy_two_get_one_cheapest_free_prorated_over_the_group() {
        JsonNode r = preview(cart("C", 2, "K", 2, "B", 2), "", """
                {"type":"buy_n_get_m_free","id":"b2g1","params":{"n":2,"m":1},"scope":{"skus":["A","B","C","K"]}}""");
        assertThat(r.path("discount").asText()).isEqualTo("11.00");
        assertThat(r.path("payable").asText()).isEqualTo("28.80");
        assertThat(line(r, "C").path("discount").asText()).isEqualTo("4.76");
        assertThat(line(r, "K").path("discount").asText()).isEqualTo("3.63");
        assertThat(line(r, "B").path("discount").asText()).isEqualTo("2.61");
    }

    @Test
    void example11_threshold_base_is_after_item_discounts_and_the_shortfall_is_named() {
        JsonNode r = preview(cart("E", 1, "F", 1), "", """
                {"type":"special_price","id":"sp-f","params":{"price":"139.00"},"scope":{"skus":["F"]}}""", """
                {"type":"threshold_gift","id":"mz","params":{"tiers":[{"threshold":"249.00","gifts":1}],
                 "gifts":[{"sku":"M","value":"15.00"}]}}""");
        assertThat(r.path("payable").asText()).isEqualTo("238.00");
        assertThat(r.path("notApplied").findValuesAsText("schemeId")).contains("mz");
        JsonNode why = find(r.path("notApplied"), "schemeId", "mz");
        assertThat(why.path("shortfall").asText()).isEqualTo("11.00");
    }

    @Test
    void example17_special_price_loses_to_the_gold_member_discount_and_says_so() {
        JsonNode r = preview(cart("H", 1), "\"member\":{\"level\":\"GOLD\"},", """
                {"type":"special_price","id":"sp-h","params":{"price":"39.90"},"scope":{"skus":["H"]}}""", """
                {"type":"member_level_discount","id":"mld","params":{"payRates":{"GOLD":"85","SILVER":"90"}}}""");
        assertThat(line(r, "H").path("payable").asText()).isEqualTo("38.25");
        JsonNode why = find(r.path("notApplied"), "schemeId", "sp-h");
        assertThat(why.path("reason").asText()).isEqualTo("LOST_TO");
        assertThat(why.path("competitor").asText()).isEqualTo("mld");
        assertThat(why.path("competitorBenefit").asText()).isEqualTo("6.75");
    }

    @Test
    void example25_threshold_gift_adds_a_gift_line_at_zero() {
        JsonNode r = preview(cart("F", 1, "E", 1), "", """
                {"type":"threshold_gift","id":"gift","params":{"tiers":[{"threshold":"199.00","gifts":1}],
                 "gifts":[{"sku":"M","value":"15.00"}]}}""");
        assertThat(r.path("payable").asText()).isEqualTo("258.00");
        JsonNode gift = find(r.path("lines"), "gift", "true");
        assertThat(gift.path("sku").asText()).isEqualTo("M");
        assertThat(gift.path("payable").asText()).isEqualTo("0.00");
    }

    @Test
    void a_malformed_inline_scheme_is_422_naming_the_field() {
        HttpResponse<String> bad = post(cart("C", 1), "", """
                {"type":"percent_off_item","id":"pc","params":{"payRate":"120"}}""");
        JsonNode problem = assertProblem(bad, 422, "promotion.invalid-scheme");
        assertThat(problem.path("detail").asText()).contains("schemes[0].params.payRate");
        assertProblem(post(cart("C", 1), "", "{\"type\":\"buy_everything\",\"id\":\"x\"}"), 422, "promotion.unknown-rule-type");
        assertProblem(post(List.of("{\"sku\":\"C\",\"unitPrice\":\"8.999\",\"quantity\":\"1\"}"), ""), 422, "validation-failed");
        assertProblem(post(List.of("{\"sku\":\"C\",\"unitPrice\":\"8.99\",\"quantity\":\"0\"}"), ""), 422, "validation-failed");
    }

    @Test
    void saved_schemes_take_part_only_once_active_and_an_edit_makes_a_new_version() {
        IssuedKey admin = app.keyFor(cashier.tenant().value(), "admin");
        String scheme = """
                {"type":"threshold_amount_off","id":"mj-saved","params":{"tiers":[{"threshold":"100.00","amount":"20.00"}]}}""";
        assertThat(app.post("/api/v1/promotions/schemes", admin.key(), scheme).statusCode()).isEqualTo(201);
        String body = "{\"store\":\"S1\",\"channel\":\"POS\",\"at\":\"2026-11-25T12:00:00\",\"lines\":" + linesOf(cart("D", 5, "A", 12)) + "}";
        assertThat(json(app.post("/api/v1/promotions/preview", cashier.key(), body)).path("payable").asText()).isEqualTo("100.00");
        for (String action : List.of("submit", "approve", "activate")) {
            assertThat(app.post("/api/v1/promotions/schemes/mj-saved/" + action, admin.key(), "").statusCode()).isEqualTo(200);
        }
        assertThat(json(app.post("/api/v1/promotions/preview", cashier.key(), body)).path("payable").asText()).isEqualTo("80.00");
        assertProblem(app.post("/api/v1/promotions/schemes/mj-saved/approve", admin.key(), ""), 409, "promotion.illegal-transition");

        JsonNode v2 = json(app.post("/api/v1/promotions/schemes/mj-saved/versions", admin.key(),
                "{\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"30.00\"}]}}"));
        assertThat(v2.path("version").asInt()).isEqualTo(2);
        assertThat(v2.path("status").asText()).isEqualTo("draft");
        JsonNode retyped = assertProblem(app.post("/api/v1/promotions/schemes/mj-saved/versions", admin.key(),
                "{\"type\":\"special_price\",\"params\":{\"price\":\"1.00\"}}"), 422, "promotion.invalid-scheme");
        assertThat(retyped.path("detail").asText()).startsWith("type: a scheme keeps its rule type threshold_amount_off");
        JsonNode renamed = assertProblem(app.post("/api/v1/promotions/schemes/mj-saved/versions", admin.key(),
                "{\"id\":\"other\",\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"30.00\"}]}}"), 422,
                "promotion.invalid-scheme");
        assertThat(renamed.path("detail").asText()).startsWith("id: ");
        assertThat(app.post("/api/v1/promotions/schemes/mj-saved/versions", admin.key(), "{\"type\":\"threshold_amount_off\","
                + "\"id\":\"mj-saved\",\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"30.00\"}]}}")
                .statusCode()).as("the same type and id may be repeated").isEqualTo(201);
        assertThat(json(app.post("/api/v1/promotions/preview", cashier.key(), body)).path("payable").asText())
                .as("version 1 stays active until version 2 is").isEqualTo("80.00");
        for (String action : List.of("submit", "approve", "activate")) {
            app.post("/api/v1/promotions/schemes/mj-saved/" + action, admin.key(), "");
        }
        assertThat(json(app.post("/api/v1/promotions/preview", cashier.key(), body)).path("payable").asText()).isEqualTo("70.00");
        assertProblem(app.post("/api/v1/promotions/schemes", cashier.key(), scheme), 403, "forbidden");
        assertProblem(app.get("/api/v1/promotions/schemes/mj-saved", app.newTenant("admin").key()), 404,
                "promotion.scheme-not-found");
    }

    @Test
    void a_running_version_is_paused_resumed_and_ended_while_its_next_version_is_drafted() {
        IssuedKey admin = app.newTenant("admin", "cashier");
        String scheme = """
                {"type":"threshold_amount_off","id":"mj-live","params":{"tiers":[{"threshold":"100.00","amount":"20.00"}]}}""";
        assertThat(app.post("/api/v1/promotions/schemes", admin.key(), scheme).statusCode()).isEqualTo(201);
        for (String action : List.of("submit", "approve", "activate")) {
            assertThat(app.post("/api/v1/promotions/schemes/mj-live/" + action, admin.key(), "").statusCode()).isEqualTo(200);
        }
        assertThat(app.post("/api/v1/promotions/schemes/mj-live/versions", admin.key(),
                "{\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"30.00\"}]}}").statusCode()).isEqualTo(201);
        String body = "{\"store\":\"S1\",\"channel\":\"POS\",\"at\":\"2026-11-25T12:00:00\",\"lines\":" + linesOf(cart("D", 5, "A", 12)) + "}";

        JsonNode paused = json(app.post("/api/v1/promotions/schemes/mj-live/pause", admin.key(), ""));
        assertThat(paused.path("version").asInt()).as("the running version, not the draft").isEqualTo(1);
        assertThat(paused.path("status").asText()).isEqualTo("paused");
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), body)).path("payable").asText()).isEqualTo("100.00");
        assertThat(json(app.get("/api/v1/promotions/schemes/mj-live", admin.key())).path("status").asText())
                .as("the draft stays a draft").isEqualTo("draft");
        assertThat(json(app.post("/api/v1/promotions/schemes/mj-live/resume", admin.key(), "")).path("status").asText())
                .isEqualTo("active");
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), body)).path("payable").asText()).isEqualTo("80.00");
        app.post("/api/v1/promotions/schemes/mj-live/pause", admin.key(), "");

        for (String action : List.of("submit", "approve", "activate")) {
            assertThat(app.post("/api/v1/promotions/schemes/mj-live/" + action, admin.key(), "").statusCode()).isEqualTo(200);
        }
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), body)).path("payable").asText()).isEqualTo("70.00");
        assertProblem(app.post("/api/v1/promotions/schemes/mj-live/resume", admin.key(), ""), 409, "promotion.illegal-transition");
        JsonNode ended = json(app.post("/api/v1/promotions/schemes/mj-live/end", admin.key(), ""));
        assertThat(ended.path("version").asInt()).isEqualTo(2);
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), body)).path("payable").asText())
                .as("version 1, paused when version 2 was activated, ended with it and does not come back").isEqualTo("100.00");
        assertProblem(app.post("/api/v1/promotions/schemes/mj-live/resume", admin.key(), ""), 409, "promotion.illegal-transition");
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), body)).path("payable").asText()).isEqualTo("100.00");
    }

    @Test
    void the_tenant_policy_steers_unit_selection_and_bad_settings_are_422() {
        IssuedKey admin = app.newTenant("admin", "cashier");
        assertThat(json(app.get("/api/v1/promotions/policy", admin.key())).path("unitSelection").asText())
                .isEqualTo("CUSTOMER_BEST");
        String policy = "{\"selection\":\"BEST_FOR_CUSTOMER\",\"thresholdBase\":\"AFTER_EARLIER_STAGES\","
                + "\"unitSelection\":\"MERCHANT_BEST\",\"minimumPayable\":\"0.00\",\"memberStacksOnSpecialPrice\":false,"
                + "\"returnPolicy\":\"KEEP_ALLOCATION\",\"pointsPerUnitPaid\":1,\"exhaustiveLimit\":5,\"floorGuardAlways\":true}";
        assertProblem(app.send(app.request("/api/v1/promotions/policy", admin.key()).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(policy.replace("MERCHANT_BEST", "RANDOM"))).build()),
                422, "validation-failed");
        HttpResponse<String> saved = app.send(app.request("/api/v1/promotions/policy", admin.key())
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(policy)).build());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String body = "{\"store\":\"S1\",\"at\":\"2026-11-25T12:00:00\",\"lines\":" + linesOf(cart("C", 2, "K", 2, "B", 2))
                + ",\"schemes\":[{\"type\":\"buy_n_get_m_free\",\"id\":\"b2g1\",\"params\":{\"n\":2,\"m\":1}}]}";
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), body)).path("payable").asText()).isEqualTo("30.80");
        assertThat(json(app.post("/api/v1/promotions/preview", cashier.key(), body)).path("payable").asText())
                .as("another tenant keeps the default").isEqualTo("28.80");
    }

    @Test
    void active_for_a_store_on_a_day_follows_audience_and_window() {
        IssuedKey admin = app.newTenant("admin");
        app.post("/api/v1/promotions/schemes", admin.key(), """
                {"type":"special_price","id":"s2-only","params":{"price":"1.00"},"audience":{"stores":["S2"]},
                 "window":{"start":"2026-12-01T00:00","end":"2026-12-02T00:00"}}""");
        for (String action : List.of("submit", "approve", "activate")) {
            app.post("/api/v1/promotions/schemes/s2-only/" + action, admin.key(), "");
        }
        JsonNode active = json(app.get("/api/v1/promotions/active?store=S2&date=2026-12-01", admin.key()));
        assertThat(active).hasSize(1);
        assertThat(active.get(0).path("id").asText()).isEqualTo("s2-only");
        assertThat(json(app.get("/api/v1/promotions/active?store=S1&date=2026-12-01", admin.key()))).isEmpty();
        assertThat(json(app.get("/api/v1/promotions/active?store=S2&date=2026-12-02", admin.key()))).isEmpty();
        assertProblem(app.get("/api/v1/promotions/active?store=S2&date=tomorrow", admin.key()), 422, "validation-failed");
    }

    private static String manjian(String threshold, String amount) {
        return "{\"type\":\"threshold_amount_off\",\"id\":\"mj\",\"params\":{\"tiers\":[{\"threshold\":\"" + threshold
                + "\",\"amount\":\"" + amount + "\"}]}}";
    }

    private static List<String> cart(Object... skuQty) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            String[] sku = SKUS.get((String) skuQty[i]);
            StringBuilder categories = new StringBuilder();
            for (int c = 1; c < sku.length; c++) {
                categories.append(c > 1 ? "," : "").append('"').append(sku[c]).append('"');
            }
            lines.add("{\"lineNo\":" + (i / 2 + 1) + ",\"sku\":\"" + skuQty[i] + "\",\"categories\":[" + categories
                    + "],\"unitPrice\":\"" + sku[0] + "\",\"quantity\":\"" + skuQty[i + 1] + "\"}");
        }
        return lines;
    }

    private static String linesOf(List<String> lines) {
        return "[" + String.join(",", lines) + "]";
    }

    private static HttpResponse<String> post(List<String> lines, String extra, String... schemes) {
        String body = "{\"store\":\"S1\",\"channel\":\"POS\",\"at\":\"2026-11-25T12:00:00\"," + extra
                + "\"lines\":" + linesOf(lines) + ",\"schemes\":[" + String.join(",", schemes) + "]}";
        return app.post("/api/v1/promotions/preview", cashier.key(), body);
    }

    private static JsonNode preview(List<String> lines, String extra, String... schemes) {
        HttpResponse<String> response = post(lines, extra, schemes);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode line(JsonNode result, String sku) {
        for (JsonNode line : result.path("lines")) {
            if (line.path("sku").asText().equals(sku) && !line.path("gift").asBoolean()) {
                return line;
            }
        }
        throw new AssertionError("no line " + sku + " in " + result);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("nothing with " + field + "=" + value + " in " + array);
    }
}
