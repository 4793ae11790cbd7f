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
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 5.3 over HTTP: the 其中 lines of 利润表 under 税金及附加, 销售费用, 管理费用, 财务费用, 营业外收入 and 营业外支出 read
 * the chart's detail accounts; the templates and the close book to those details.
 */
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

    @Test
    void the_of_which_lines_under_taxes_and_non_operating_income_and_expenses_read_their_details() {
        Books books = new Books(app);
        books.posted("2026-02-10", dr("540301", "1.00"), dr("540302", "2.00"), dr("540303", "3.00"), dr("540304", "4.00"),
                dr("540305", "5.00"), dr("540306", "6.00"), dr("540307", "7.00"), dr("540308", "8.00"), dr("540309", "9.00"),
                dr("540310", "10.00"), dr("540311", "11.00"), dr("540312", "12.00"), dr("540313", "13.00"),
                dr("540399", "100.00"), cr("1002", "191.00"));
        books.posted("2026-02-12", dr("1002", "530.00"), cr("530101", "500.00"), cr("530199", "30.00"));
        books.posted("2026-02-14", dr("571101", "1.00"), dr("571102", "2.00"), dr("571103", "3.00"), dr("571104", "4.00"),
                dr("571105", "5.00"), dr("571109", "50.00"), cr("1002", "65.00"));
        books.posted("2026-02-15", dr("1002", "0.50"), cr("571105", "0.50"));

        Map<Integer, String> lines = new HashMap<>();
        Map<Integer, String> captions = new HashMap<>();
        books.get("/api/v1/accounting/reports/income-statement?period=2026-02").path("lines").forEach(l -> {
            lines.put(l.path("line").asInt(), l.path("amount").asText());
            captions.put(l.path("line").asInt(), l.path("caption").asText(l.path("item").asText()));
        });
        assertThat(lines).containsEntry(3, "191.00").containsEntry(4, "1.00").containsEntry(5, "2.00")
                .containsEntry(6, "3.00").containsEntry(7, "4.00").containsEntry(8, "5.00").containsEntry(9, "30.00")
                .containsEntry(10, "46.00").containsEntry(21, "-191.00")
                .containsEntry(22, "530.00").containsEntry(23, "500.00")
                .containsEntry(24, "64.50").containsEntry(25, "1.00").containsEntry(26, "2.00").containsEntry(27, "3.00")
                .containsEntry(28, "4.00").containsEntry(29, "4.50")
                .containsEntry(30, "274.50").containsEntry(32, "274.50");
        assertThat(lines.keySet()).containsAll(java.util.stream.IntStream.rangeClosed(1, 32).boxed().toList());
        assertThat(captions.get(4)).contains("消费税");
        assertThat(captions.get(9)).contains("印花税");
        assertThat(captions.get(23)).contains("政府补助");
        assertThat(captions.get(29)).contains("税收滞纳金");
    }

    @Test
    void other_receipts_and_issues_book_to_the_other_details_and_those_leaves_take_no_sub_account() {
        StockBooks stock = new StockBooks(app);
        long warehouse = stock.warehouse(false);
        long sku = stock.sku();
        long in = stock.posted(StockBooks.doc("receipt", "2026-03-02", warehouse, "other",
                StockBooks.line(sku, "5", "\"amount\":\"50.00\"")));
        long out = stock.posted(StockBooks.doc("issue", "2026-03-03", warehouse, "other", StockBooks.line(sku, "2", "")));

        assertThat(stock.lines("2026-03", "inventory-document", in)).containsExactlyInAnyOrder("Dr 1405 50.00", "Cr 530199 50.00");
        assertThat(stock.lines("2026-03", "inventory-document", out)).containsExactlyInAnyOrder("Dr 571199 20.00", "Cr 1405 20.00");
        for (String code : java.util.List.of("53019901", "57119901", "54030301")) {
            assertProblem(app.post("/api/v1/accounting/accounts", stock.key, "{\"code\":\"" + code + "\",\"name\":\"x\"}"),
                    409, "accounting.template-account-conflict");
        }
        StockBooks.ok(app.post("/api/v1/accounting/accounts", stock.key, "{\"code\":\"530105\",\"name\":\"违约金收益\"}"), 201);
    }
}
