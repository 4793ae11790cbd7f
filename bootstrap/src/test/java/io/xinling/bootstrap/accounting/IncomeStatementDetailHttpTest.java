package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.xinling.bootstrap.accounting.Books.cr;
import static io.xinling.bootstrap.accounting.Books.dr;
import static io.xinling.bootstrap.accounting.Books.line;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 5.3 over HTTP: the 其中 lines of 利润表 under 销售费用, 管理费用 and 财务费用 read the chart's detail accounts. */
class IncomeStatementDetailHttpTest {

    private static final String DEPT = "{\"department\":\"D1\"}";
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
    void the_of_which_lines_show_repairs_advertising_start_up_entertainment_research_and_net_interest() {
        Books books = new Books(app);
        books.register("department", "D1");
        books.posted("2026-01-20", line("560108", "100.00", null, DEPT), line("560106", "30.00", null, DEPT),
                line("560109", "20.00", null, DEPT), line("560101", "1.00", null, DEPT),
                line("560208", "10.00", null, DEPT), line("560205", "5.00", null, DEPT), line("560209", "7.00", null, DEPT),
                dr("560303", "50.00"), dr("560301", "3.00"), cr("1002", "226.00"));
        books.posted("2026-01-25", dr("1002", "60.00"), cr("560303", "60.00"));

        JsonNode doc = books.get("/api/v1/accounting/reports/income-statement?period=2026-01");
        Map<Integer, String> lines = new HashMap<>();
        Map<Integer, String> captions = new HashMap<>();
        doc.path("lines").forEach(l -> {
            lines.put(l.path("line").asInt(), l.path("amount").asText());
            captions.put(l.path("line").asInt(), l.path("caption").asText(l.path("item").asText()));
        });
        assertThat(lines).containsEntry(11, "151.00").containsEntry(12, "100.00").containsEntry(13, "50.00")
                .containsEntry(14, "22.00").containsEntry(15, "10.00").containsEntry(16, "5.00").containsEntry(17, "7.00")
                .containsEntry(18, "-7.00").containsEntry(19, "-10.00")
                .containsEntry(21, "-166.00").containsEntry(32, "-166.00");
        assertThat(captions.get(12)).contains("商品维修费");
        assertThat(captions.get(19)).contains("利息费用");
    }
}
