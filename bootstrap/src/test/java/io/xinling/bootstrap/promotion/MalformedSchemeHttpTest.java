package io.xinling.bootstrap.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every malformed scheme of issue 6 (unknown type, bad parameters, overlapping tiers or a higher tier giving no more,
 * negative amounts, a benefit of nothing, a percent over 100, an empty window) is a 422 naming the field, saved or
 * tried inline, and nothing is saved.
 */
class MalformedSchemeHttpTest {

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
            unknown type         | buy_everything        | {"payRate":"80"}                                                          | {}                                                        | type
            bad parameter        | percent_off_item      | {"payRate":"eighty"}                                                      | {}                                                        | params.payRate
            missing parameter    | nth_unit_discount     | {"payRate":"50"}                                                          | {}                                                        | params.n
            fractional count     | buy_n_get_m_free      | {"n":"1.5","m":1}                                                         | {}                                                        | params.n
            overlapping tiers    | threshold_amount_off  | {"tiers":[{"threshold":"200.00","amount":"30.00"},{"threshold":"100.00","amount":"10.00"}]} | {} | params.tiers[1].threshold
            equal tiers          | threshold_amount_off  | {"tiers":[{"threshold":"100.00","amount":"10.00"},{"threshold":"100.00","amount":"20.00"}]} | {} | params.tiers[1].threshold
            a tier giving less   | threshold_amount_off  | {"tiers":[{"threshold":"100.00","amount":"20.00"},{"threshold":"200.00","amount":"15.00"}]} | {} | params.tiers[1].amount
            a tier paying more   | threshold_percent_off | {"tiers":[{"threshold":"100.00","payRate":"90"},{"threshold":"200.00","payRate":"90"}]} | {} | params.tiers[1].payRate
            no gifts             | threshold_gift        | {"tiers":[{"threshold":"100.00","gifts":0}],"gifts":[{"sku":"M","value":"15.00"}]} | {} | params.tiers[0].gifts
            fewer gifts above    | threshold_gift        | {"tiers":[{"threshold":"100.00","gifts":2},{"threshold":"200.00","gifts":1}],"gifts":[{"sku":"M","value":"15.00"}]} | {} | params.tiers[1].gifts
            nothing off a tier   | threshold_amount_off  | {"tiers":[{"threshold":"100.00","amount":"0.00"}]}                       | {}                                                        | params.tiers[0].amount
            nothing off a coupon | cash_coupon           | {"amount":"0"}                                                            | {}                                                        | params.amount
            paying 100 percent   | percent_off_item      | {"payRate":"100"}                                                         | {}                                                        | params.payRate
            negative amount      | amount_off_item       | {"amount":"-5.00"}                                                        | {}                                                        | params.amount
            negative tier amount | threshold_amount_off  | {"tiers":[{"threshold":"100.00","amount":"-20.00"}]}                      | {}                                                        | params.tiers[0].amount
            sub-fen amount       | special_price         | {"price":"9.999"}                                                         | {}                                                        | params.price
            percent over 100     | percent_off_item      | {"payRate":"120"}                                                         | {}                                                        | params.payRate
            negative percent     | threshold_percent_off | {"tiers":[{"threshold":"100.00","payRate":"-5"}]}                         | {}                                                        | params.tiers[0].payRate
            empty window         | percent_off_item      | {"payRate":"80"}                                                          | {"start":"2026-12-01T00:00","end":"2026-12-01T00:00"}     | window.end
            reversed window      | percent_off_item      | {"payRate":"80"}                                                          | {"start":"2026-12-02T00:00","end":"2026-12-01T00:00"}     | window.end
            bad window date      | percent_off_item      | {"payRate":"80"}                                                          | {"start":"someday"}                                       | window.start
            empty daily slot     | percent_off_item      | {"payRate":"80"}                                                          | {"slots":[{"from":"10:00","to":"10:00"}]}                 | window.slots[0].to
            midnight to midnight | percent_off_item      | {"payRate":"80"}                                                          | {"slots":[{"from":"00:00","to":"00:00"}]}                 | window.slots[0].to
            a slot from day end  | percent_off_item      | {"payRate":"80"}                                                          | {"slots":[{"from":"24:00","to":"02:00"}]}                 | window.slots[0].from
            """)
    void is_422_naming_the_field_and_saves_nothing(String name, String type, String params, String window, String field) {
        String id = "bad-" + name.replace(' ', '-');
        String scheme = "{\"type\":\"" + type + "\",\"id\":\"" + id + "\",\"params\":" + params + ",\"window\":" + window + "}";

        String code = type.equals("buy_everything") ? "promotion.unknown-rule-type" : "promotion.invalid-scheme";
        JsonNode saved = assertProblem(app.post("/api/v1/promotions/schemes", admin.key(), scheme), 422, code);
        assertThat(saved.path("detail").asText()).startsWith(field + ": ").doesNotContain(field + ": " + field + ":");
        assertProblem(app.get("/api/v1/promotions/schemes/" + id, admin.key()), 404, "promotion.scheme-not-found");

        String preview = "{\"store\":\"S1\",\"at\":\"2026-11-25T12:00:00\",\"lines\":[{\"sku\":\"D\",\"unitPrice\":\"100.00\","
                + "\"quantity\":\"1\"}],\"schemes\":[" + scheme + "]}";
        JsonNode inline = assertProblem(app.post("/api/v1/promotions/preview", admin.key(), preview), 422, code);
        assertThat(inline.path("detail").asText()).startsWith(type.equals("buy_everything") ? "type:" : "schemes[0]." + field + ": ")
                .doesNotContain(field + ": " + field + ":");
    }
}
