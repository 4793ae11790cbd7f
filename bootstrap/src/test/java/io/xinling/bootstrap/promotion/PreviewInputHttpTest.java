package io.xinling.bootstrap.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Preview inputs out of range or inconsistent are a 422 naming the field, never a 500. */
class PreviewInputHttpTest {

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            long overflow of the line amount | "currency":"CNY",   | {"sku":"H","unitPrice":"99999.99","quantity":"1000000000000"}               | lines[0].quantity
            quantity beyond a long          | "currency":"CNY",   | {"sku":"H","unitPrice":"45.00","quantity":"100000000000000000000"}          | lines[0].quantity
            unit price out of range         | "currency":"CNY",   | {"sku":"H","unitPrice":"100000000000.00","quantity":"1"}                    | lines[0].unitPrice
            negative line number            | "currency":"CNY",   | {"lineNo":-1,"sku":"H","unitPrice":"45.00","quantity":"1"}                  | lines[0].lineNo
            huge line number                | "currency":"CNY",   | {"lineNo":2147483647,"sku":"H","unitPrice":"45.00","quantity":"1"}          | lines[0].lineNo
            currency without minor units    | "currency":"XXX",   | {"sku":"H","unitPrice":"45","quantity":"1"}                                 | currency
            margin floor without a cost     | "currency":"CNY",   | {"sku":"H","unitPrice":"45.00","quantity":"1","floor":{"minMargin":"10"}}   | lines[0].floor.unitCost
            three-decimal currency          | "currency":"BHD",   | {"sku":"H","unitPrice":"150.000","quantity":"1"}                            | currency
            zero-decimal currency           | "currency":"JPY",   | {"sku":"H","unitPrice":"150","quantity":"1"}                                | currency
            negative shipping fee           | "shippingFee":"-8.00", | {"sku":"H","unitPrice":"45.00","quantity":"1"}                           | shippingFee
            negative period volume          | "periodVolume":"-1.00", | {"sku":"H","unitPrice":"45.00","quantity":"1"}                          | periodVolume
            points beyond the maximum       | "points":100000000000000000, | {"sku":"H","unitPrice":"45.00","quantity":"1"}                      | points
            a null line                     | "currency":"CNY",   | null                                                                        | lines[0]
            a null category                 | "currency":"CNY",   | {"sku":"H","categories":["日化",null],"unitPrice":"45.00","quantity":"1"}   | lines[0].categories[1]
            a null coupon code              | "couponCodes":[null], | {"sku":"H","unitPrice":"45.00","quantity":"1"}                            | couponCodes[0]
            a null member tag               | "member":{"level":"gold","tags":[null]}, | {"sku":"H","unitPrice":"45.00","quantity":"1"}         | member.tags[0]
            null gift choices               | "giftChoices":{"g":null}, | {"sku":"H","unitPrice":"45.00","quantity":"1"}                        | giftChoices.g
            """)
    void is_422_naming_the_field(String name, String extra, String line, String field) {
        for (String schemes : new String[] {",\"schemes\":[" + POINTS + "]", ""}) {
            String body = "{\"store\":\"S1\",\"at\":\"2026-11-25T12:00:00\"," + extra + "\"lines\":[" + line + "]" + schemes + "}";
            JsonNode problem = assertProblem(app.post("/api/v1/promotions/preview", cashier.key(), body), 422, "validation-failed");
            assertThat(problem.path("detail").asText()).as(schemes).startsWith(field + ": ");
        }
    }

    @Test
    void a_null_inline_scheme_is_422_naming_it() {
        String body = "{\"store\":\"S1\",\"at\":\"2026-11-25T12:00:00\",\"lines\":[{\"sku\":\"H\",\"unitPrice\":\"45.00\","
                + "\"quantity\":\"1\"}],\"schemes\":[" + POINTS + ",null]}";
        JsonNode problem = assertProblem(app.post("/api/v1/promotions/preview", cashier.key(), body), 422, "validation-failed");
        assertThat(problem.path("detail").asText()).startsWith("schemes[1]: ");
    }

    @Test
    void scheme_amounts_are_read_in_a_two_decimal_cart_currency() {
        String body = "{\"store\":\"S1\",\"at\":\"2026-11-25T12:00:00\",\"currency\":\"USD\",\"lines\":[{\"sku\":\"H\","
                + "\"unitPrice\":\"150.00\",\"quantity\":\"1\"}],\"schemes\":[{\"type\":\"threshold_amount_off\",\"id\":\"mj\","
                + "\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"20.00\"}]}}]}";
        HttpResponse<String> response = app.post("/api/v1/promotions/preview", cashier.key(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("discount").asText()).isEqualTo("20.00");
    }

    private static final String POINTS = """
            {"type":"points_redemption","id":"pr","params":{"pointsPerYuan":1,"maxShare":"100"}}""";
}
