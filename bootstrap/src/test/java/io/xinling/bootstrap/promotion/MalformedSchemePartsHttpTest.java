package io.xinling.bootstrap.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of a scheme around its parameters (top-level keys, stacking, limits, window, version, priority)
 * are checked as strictly as the parameters: a typo or a value of the wrong kind is a 422 naming the field in
 * plain words, and nothing is saved; so are duplicate inline ids and a minimum payable spec 3.1 does not allow.
 */
class MalformedSchemePartsHttpTest {

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level key | "prority":1                               | prority                | unknown field
            typo in stacking      | "stacking":{"stackWithCoupons":false}     | stacking.stackWithCoupons | unknown field
            typo in limits        | "limits":{"qtyPerOder":2}                 | limits.qtyPerOder       | unknown field
            flag not a boolean    | "stacking":{"exclusive":"yes"}            | stacking.exclusive      | true or false
            day past the month    | "window":{"monthDays":[40]}               | window.monthDays[0]     | from 1 to 31
            priority past an int  | "priority":99999999999                    | priority                | from 0 to 2147483647
            version zero          | "version":0                               | version                 | from 1
            month day not number  | "window":{"monthDays":["abc"]}            | window.monthDays[0]     | 'abc' is not a day
            no such date          | "window":{"blackout":["2026-02-30"]}      | window.blackout[0]      | not an ISO date
            """)
    void is_422_naming_the_field_and_saves_nothing(String name, String part, String field, String words) {
        String id = "bad-" + name.replace(' ', '-');
        String scheme = "{\"type\":\"cash_coupon\",\"id\":\"" + id + "\",\"params\":{\"amount\":\"5.00\"}," + part + "}";
        if (!part.contains("version")) {
            JsonNode saved = assertProblem(app.post("/api/v1/promotions/schemes", admin.key(), scheme), 422,
                    "promotion.invalid-scheme");
            assertThat(saved.path("detail").asText()).startsWith(field + ": ").contains(words);
            assertProblem(app.get("/api/v1/promotions/schemes/" + id, admin.key()), 404, "promotion.scheme-not-found");
        }
        JsonNode inline = assertProblem(app.post("/api/v1/promotions/preview", admin.key(), preview(scheme)), 422,
                "promotion.invalid-scheme");
        assertThat(inline.path("detail").asText()).startsWith("schemes[0]." + field + ": ").contains(words)
                .doesNotContain("java").doesNotContain("For input string").doesNotContain("No enum constant");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown rounding mode | rounding_off     | {"mode":"FOO"}         | params.mode | 'FOO' is not one of
            n below one           | buy_n_get_m_free | {"n":0,"m":1}          | params.n    | ≥ 1
            m below one           | buy_n_get_m_free | {"n":2,"m":0}          | params.m    | ≥ 1
            nth below two         | nth_unit_discount | {"n":1,"payRate":"50"} | params.n   | ≥ 2
            a typo in a group mode | buy_n_get_m_free | {"n":2,"m":1,"mode":"ADDD"} | params.mode | CONVERT or ADD
            a typo in a tier mode | tiered_unit_price | {"tiers":[{"minQty":6,"price":"2.80"}],"mode":"INCREMENTL"} | params.mode | ALL_UNITS or INCREMENTAL
            a multiplier too fine | points_earn_multiplier | {"multiplier":"1.00001"} | params.multiplier | four decimals
            a multiplier past long | points_earn_multiplier | {"multiplier":"1e30"} | params.multiplier | from 1 to 1000
            no X to buy           | buy_x_discount_y | {"xSkus":[],"ySkus":["J"],"payRate":"50"} | params.xSkus | at least one SKU
            no Y to discount      | buy_x_discount_y | {"xSkus":["H"],"payRate":"50"} | params.ySkus | at least one SKU
            a null SKU in scope   | special_price    | {"price":"1.00"},"scope":{"skus":["H",null]} | scope.skus[1] | must be a string
            """)
    void parameter_problems_name_the_parameter(String name, String type, String params, String field, String words) {
        String scheme = "{\"type\":\"" + type + "\",\"id\":\"p\",\"params\":" + params + "}";
        JsonNode inline = assertProblem(app.post("/api/v1/promotions/preview", admin.key(), preview(scheme)), 422,
                "promotion.invalid-scheme");
        assertThat(inline.path("detail").asText()).startsWith("schemes[0]." + field + ": ").contains(words)
                .doesNotContain("java").doesNotContain("No enum constant");
    }

    @Test
    void two_inline_schemes_with_one_id_are_refused() {
        String scheme = "{\"type\":\"cash_coupon\",\"id\":\"same\",\"params\":{\"amount\":\"5.00\"}}";
        JsonNode problem = assertProblem(app.post("/api/v1/promotions/preview", admin.key(), preview(scheme + "," + scheme)),
                422, "promotion.invalid-scheme");
        assertThat(problem.path("detail").asText()).startsWith("schemes[1].id: ");
    }

    @Test
    void a_minimum_payable_other_than_nothing_or_one_fen_is_refused() {
        String before = app.get("/api/v1/promotions/policy", admin.key()).body();
        String policy = "{\"selection\":\"BEST_FOR_CUSTOMER\",\"thresholdBase\":\"AFTER_EARLIER_STAGES\","
                + "\"unitSelection\":\"CUSTOMER_BEST\",\"minimumPayable\":\"1000000\",\"memberStacksOnSpecialPrice\":false,"
                + "\"returnPolicy\":\"KEEP_ALLOCATION\",\"pointsPerUnitPaid\":1,\"exhaustiveLimit\":4,\"floorGuardAlways\":true}";
        JsonNode problem = assertProblem(app.put("/api/v1/promotions/policy", admin.key(), policy), 422, "validation-failed");
        assertThat(problem.path("detail").asText()).startsWith("minimumPayable: ");
        assertThat(app.get("/api/v1/promotions/policy", admin.key()).body()).isEqualTo(before);
    }

    private static String preview(String schemes) {
        return "{\"store\":\"S1\",\"at\":\"2026-11-25T12:00:00\",\"lines\":[{\"sku\":\"D\",\"unitPrice\":\"100.00\","
                + "\"quantity\":\"1\"}],\"schemes\":[" + schemes + "]}";
    }
}
