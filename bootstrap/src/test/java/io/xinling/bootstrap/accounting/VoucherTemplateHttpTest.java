package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.4 over HTTP: the built-in voucher templates are listed and read one by one, with their line rules. */
class VoucherTemplateHttpTest {

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
    void the_list_holds_every_built_in_template_and_one_reads_with_its_lines_and_version() {
        StockBooks books = new StockBooks(app);
        JsonNode list = books.get("/api/v1/accounting/voucher-templates").path("items");
        List<String> ids = new ArrayList<>();
        list.forEach(t -> ids.add(t.path("id").asText()));
        assertThat(ids).contains("inventory.receipt.purchase", "inventory.stocktake", "inventory.stocktake.abnormal-loss",
                "inventory.landed-cost", "inventory.landed-cost.carrier", "trade.sales-delivery",
                "trade.sales-delivery.small-scale").doesNotHaveDuplicates();

        JsonNode abnormal = books.get("/api/v1/accounting/voucher-templates/inventory.stocktake.abnormal-loss");
        assertThat(abnormal.path("version").asLong()).isEqualTo(1);
        assertThat(abnormal.path("documentType").asText()).isEqualTo("inventory.stocktake");
        List<String> lines = new ArrayList<>();
        abnormal.path("lines").forEach(l -> lines.add(l.path("side").asText() + " " + l.path("account").asText()));
        assertThat(lines).containsExactly("by-sign 1405", "by-sign 190101", "debit 190101", "credit 22210103");
        assertThat(abnormal.path("lines").get(3).path("amount").asText()).contains("round2", "VAT rate");

        JsonNode sale = books.get("/api/v1/accounting/voucher-templates/trade.sales-delivery");
        assertThat(sale.path("lines").get(0).path("account").asText()).isEqualTo("1122");
        assertThat(sale.path("lines").get(0).path("dimensions").toString()).isEqualTo("[\"partner\"]");
    }

    @Test
    void an_unknown_template_is_404_and_the_routes_need_a_reading_role() {
        StockBooks books = new StockBooks(app);
        assertProblem(app.get("/api/v1/accounting/voucher-templates/nope", books.key), 404, "not-found");
        StockBooks clerk = new StockBooks(app, "warehouse");
        assertProblem(app.get("/api/v1/accounting/voucher-templates", clerk.key), 403, "forbidden");
    }
}
