package io.xinling.bootstrap.trade;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.trade.TradeClient.DELIVERIES;
import static io.xinling.bootstrap.trade.TradeClient.RECEIPTS;
import static io.xinling.bootstrap.trade.TradeClient.doc;
import static io.xinling.bootstrap.trade.TradeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.5: a line's VAT rate must be one the tenant's dated rate table holds valid on the document's date. */
class VatRateHttpTest {

    private static TestApp app;
    private TradeClient trade;
    private long w1;
    private long a;
    private long customer;
    private long supplier;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void tenant() {
        trade = new TradeClient(app, app.newTenant("sales", "purchasing", "warehouse", "admin").key());
        w1 = trade.warehouse();
        a = trade.sku();
        customer = trade.partner("customer");
        supplier = trade.partner("supplier");
        trade.stock(w1, a, "2026-01-01", "100", "1000.00");
    }

    private static String line(long sku, String rate) {
        return "{\"skuId\":" + sku + ",\"quantity\":\"1\",\"unit\":\"个\",\"price\":\"10.00\",\"taxRatePercent\":\"" + rate + "\"}";
    }

    @Test
    void every_current_chinese_rate_is_accepted() {
        for (String rate : new String[] {"13", "9", "6", "5", "3", "1", "0"}) {
            JsonNode posted = trade.posted(DELIVERIES, doc(customer, w1, "2026-01-02", "", line(a, rate)));
            assertThat(posted.path("status").asText()).as(rate).isEqualTo("posted");
        }
    }

    @Test
    void a_rate_outside_the_table_is_422_naming_the_line_and_writes_nothing() {
        JsonNode refused = assertProblem(trade.create(DELIVERIES, doc(customer, w1, "2026-01-02", "", line(a, "13"),
                line(a, "17"))), 422, "trade.invalid-field");
        assertThat(refused.path("detail").asText()).startsWith("lines[1].taxRatePercent: 17% is not a VAT rate valid on 2026-01-02")
                .contains("13%, 9%, 6%, 5%, 3%, 1%, 0%");
        assertProblem(trade.create(RECEIPTS, doc(supplier, w1, "2026-01-02", "", line(a, "12.5"))), 422, "trade.invalid-field");
        assertThat(ok(app.get(DELIVERIES, trade.key()), 200).path("items")).isEmpty();
    }

    @Test
    void a_rate_is_refused_outside_its_validity_dates() {
        // the 1 % levy rate of small-scale taxpayers runs until 2027-12-31
        JsonNode refused = assertProblem(trade.create(DELIVERIES, doc(customer, w1, "2028-01-03", "", line(a, "1"))), 422,
                "trade.invalid-field");
        assertThat(refused.path("detail").asText()).startsWith("lines[0].taxRatePercent: 1% is not a VAT rate valid on 2028-01-03");
    }

    @Test
    void the_table_is_listed_and_an_admin_replaces_it_with_dated_rates() {
        JsonNode table = ok(app.get("/api/v1/trade/vat-rates", trade.key()), 200).path("rates");
        assertThat(table).extracting(r -> r.path("ratePercent").asText()).containsExactly("13", "9", "6", "5", "3", "1", "0");
        assertThat(table.get(5).path("validTo").asText()).isEqualTo("2027-12-31");

        JsonNode replaced = ok(app.put("/api/v1/trade/vat-rates", trade.key(), """
                {"rates":[{"ratePercent":"13","validFrom":"2019-04-01"},
                          {"ratePercent":"9","validFrom":"2019-04-01","validTo":"2026-01-31"}]}"""), 200).path("rates");
        assertThat(replaced).hasSize(2);
        trade.posted(DELIVERIES, doc(customer, w1, "2026-01-31", "", line(a, "9")));
        assertProblem(trade.create(DELIVERIES, doc(customer, w1, "2026-02-01", "", line(a, "9"))), 422, "trade.invalid-field");
        assertProblem(trade.create(DELIVERIES, doc(customer, w1, "2026-01-31", "", line(a, "6"))), 422, "trade.invalid-field");

        assertProblem(app.put("/api/v1/trade/vat-rates", trade.key(), "{\"rates\":[]}"), 422, "trade.invalid-field");
        assertProblem(app.put("/api/v1/trade/vat-rates", trade.key(), """
                {"rates":[{"ratePercent":"101","validFrom":"2019-04-01"}]}"""), 422, "validation-failed");
        assertProblem(app.put("/api/v1/trade/vat-rates", trade.key(), """
                {"rates":[{"ratePercent":"13","validFrom":"2019-04-01","validTo":"2019-03-01"}]}"""), 422, "validation-failed");
        assertThat(ok(app.get("/api/v1/trade/vat-rates", trade.key()), 200).path("rates")).hasSize(2);
    }
}
