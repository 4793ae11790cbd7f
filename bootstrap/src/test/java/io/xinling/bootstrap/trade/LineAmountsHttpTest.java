package io.xinling.bootstrap.trade;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

class LineAmountsHttpTest {

    private static TestApp app;
    private static String key;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        key = app.newTenant("sales").key();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void e1_sale_excluding_tax_and_a_gift_line() {
        JsonNode r = json(app.post("/api/v1/trade/line-amounts", key, """
                {"priceEntry":"tax-exclusive","lines":[
                  {"sku":1,"quantity":"60","price":"20.00","taxRatePercent":"13"},
                  {"sku":2,"quantity":"1","price":"0","taxRatePercent":"13","gift":true}]}"""));
        assertThat(r.path("net").asText()).isEqualTo("1200.00");
        assertThat(r.path("tax").asText()).isEqualTo("156.00");
        assertThat(r.path("gross").asText()).isEqualTo("1356.00");
        assertThat(r.path("lines").get(1).path("gross").asText()).isEqualTo("0.00");
    }

    @Test
    void an_order_discount_is_allocated_and_a_usd_document_has_cny_totals() {
        JsonNode r = json(app.post("/api/v1/trade/line-amounts", key, """
                {"currency":"USD","exchangeRate":"7.1234","orderDiscount":"1.00","lines":[
                  {"sku":1,"quantity":"1","price":"10.00","taxRatePercent":"13"},
                  {"sku":2,"quantity":"2","price":"5.00","taxRatePercent":"9"}]}"""));
        assertThat(r.path("lines").findValuesAsText("orderDiscount")).containsExactly("0.50", "0.50");
        assertThat(r.path("gross").asText()).isEqualTo("19.00");
        assertThat(r.path("bookGross").asText()).isEqualTo("135.34");
    }

    @Test
    void bad_lines_are_refused() {
        assertProblem(app.post("/api/v1/trade/line-amounts", key,
                "{\"lines\":[{\"sku\":1,\"quantity\":\"1\",\"price\":\"1.00001\",\"taxRatePercent\":\"13\"}]}"), 422,
                "kernel.too-many-decimals");
        assertProblem(app.post("/api/v1/trade/line-amounts", key,
                "{\"lines\":[{\"sku\":1,\"quantity\":\"1\",\"price\":\"0\",\"taxRatePercent\":\"13\"}]}"), 422, "trade.invalid-line");
        assertProblem(app.post("/api/v1/trade/line-amounts", key, "{\"orderDiscount\":\"5.00\","
                + "\"lines\":[{\"sku\":1,\"quantity\":\"1\",\"price\":\"1\",\"taxRatePercent\":\"13\"}]}"), 422,
                "trade.order-discount-exceeds-lines");
        assertProblem(app.post("/api/v1/trade/line-amounts", key, "{\"currency\":\"USD\","
                + "\"lines\":[{\"sku\":1,\"quantity\":\"1\",\"price\":\"1\",\"taxRatePercent\":\"13\"}]}"), 422, "kernel.invalid-value");
        assertProblem(app.post("/api/v1/trade/line-amounts", app.newTenant("warehouse").key(),
                "{\"lines\":[]}"), 403, "forbidden");
    }
}
