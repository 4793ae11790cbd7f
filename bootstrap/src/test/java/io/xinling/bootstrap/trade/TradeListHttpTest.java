package io.xinling.bootstrap.trade;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.trade.TradeClient.DELIVERIES;
import static io.xinling.bootstrap.trade.TradeClient.PURCHASE_ORDERS;
import static io.xinling.bootstrap.trade.TradeClient.RECEIPTS;
import static io.xinling.bootstrap.trade.TradeClient.SALES_ORDERS;
import static io.xinling.bootstrap.trade.TradeClient.doc;
import static io.xinling.bootstrap.trade.TradeClient.line;
import static io.xinling.bootstrap.trade.TradeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Draft updates and create-time checks, lists with filters and paging, and the reminders of what waits. */
class TradeListHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(d -> ids.add(d.path("id").asLong()));
        return ids;
    }

    @Test
    void lists_filter_by_partner_status_dates_and_warehouse_and_page_with_a_total() {
        TradeClient trade = new TradeClient(app, app.newTenant("sales", "purchasing", "warehouse", "admin").key());
        long w1 = trade.warehouse();
        long w2 = trade.warehouse();
        long a = trade.sku();
        long c1 = trade.partner("customer");
        long c2 = trade.partner("customer");
        trade.stock(w1, a, "2026-01-01", "100", "500.00");
        trade.stock(w2, a, "2026-01-01", "100", "500.00");
        long d1 = trade.posted(DELIVERIES, doc(c1, w1, "2026-02-01", "", line(a, "1", "9.00", ""))).path("id").asLong();
        long d2 = trade.posted(DELIVERIES, doc(c1, w2, "2026-02-10", "", line(a, "1", "9.00", ""))).path("id").asLong();
        long d3 = ok(trade.create(DELIVERIES, doc(c2, w1, "2026-02-20", "", line(a, "1", "9.00", ""))), 201).path("id").asLong();
        long d4 = ok(trade.create(DELIVERIES, doc(c1, w1, "2026-03-01", "", line(a, "2", "9.00", ""))), 201).path("id").asLong();

        JsonNode all = trade.get(DELIVERIES);
        assertThat(ids(all)).containsExactly(d4, d3, d2, d1);
        assertThat(all.path("total").asLong()).isEqualTo(4);
        assertThat(all.path("items").get(0).path("gross").asText()).isEqualTo("20.34");
        assertThat(ids(trade.get(DELIVERIES + "?partnerId=" + c1))).containsExactly(d4, d2, d1);
        assertThat(ids(trade.get(DELIVERIES + "?status=posted"))).containsExactly(d2, d1);
        assertThat(ids(trade.get(DELIVERIES + "?dateFrom=2026-02-05&dateTo=2026-02-20"))).containsExactly(d3, d2);
        assertThat(ids(trade.get(DELIVERIES + "?warehouseId=" + w2))).containsExactly(d2);
        JsonNode page = trade.get(DELIVERIES + "?limit=2&offset=1");
        assertThat(ids(page)).containsExactly(d3, d2);
        assertThat(page.path("total").asLong()).isEqualTo(4);
        assertThat(ids(trade.get(RECEIPTS))).isEmpty();
        assertProblem(app.get(DELIVERIES + "?limit=201", trade.key()), 422, "validation-failed");

        // Numbers per kind and month of the business date, in creation order; a draft keeps its number when re-dated.
        assertThat(all.path("items").findValuesAsText("number"))
                .containsExactly("XSCK-202603-0001", "XSCK-202602-0003", "XSCK-202602-0002", "XSCK-202602-0001");
        assertThat(ids(trade.get(DELIVERIES + "?number=XSCK-202602-0002"))).containsExactly(d2);
        long redated = ok(trade.put(DELIVERIES, d3, doc(c2, w1, "2026-04-02", "", line(a, "1", "9.00", ""))), 200)
                .path("id").asLong();
        assertThat(trade.get(DELIVERIES + "/" + redated).path("number").asText()).isEqualTo("XSCK-202602-0003");
        long order = ok(trade.create(SALES_ORDERS, doc(c1, w1, "2026-02-01", "", line(a, "1", "9.00", ""))), 201)
                .path("id").asLong();
        assertThat(trade.get(SALES_ORDERS + "/" + order).path("number").asText()).isEqualTo("XSDD-202602-0001");
        String other = app.newTenant("sales", "warehouse", "admin").key();
        TradeClient elsewhere = new TradeClient(app, other);
        assertThat(ok(elsewhere.create(DELIVERIES, doc(elsewhere.partner("customer"), elsewhere.warehouse(), "2026-02-01", "",
                line(elsewhere.sku(), "1", "9.00", ""))), 201).path("number").asText()).as("each tenant numbers its own")
                .isEqualTo("XSCK-202602-0001");
        assertProblem(app.get(DELIVERIES + "?status=shipped", trade.key()), 422, "validation-failed");
    }

    @Test
    void reminders_count_orders_to_approve_deliver_and_receive_and_drafts_to_post() {
        TradeClient trade = new TradeClient(app, app.newTenant("sales", "purchasing", "warehouse", "admin").key());
        long w1 = trade.warehouse();
        long a = trade.sku();
        long c = trade.partner("customer");
        long s = trade.partner("supplier");
        long so1 = ok(trade.create(SALES_ORDERS, doc(c, w1, "2026-02-01", "", line(a, "1", "9.00", ""))), 201).path("id").asLong();
        long so2 = ok(trade.create(SALES_ORDERS, doc(c, w1, "2026-02-02", "", line(a, "1", "9.00", ""))), 201).path("id").asLong();
        long po = ok(trade.create(PURCHASE_ORDERS, doc(s, w1, "2026-02-03", "", line(a, "1", "5.00", ""))), 201).path("id").asLong();
        ok(trade.action(SALES_ORDERS, so2, "approve"), 200);
        ok(trade.action(PURCHASE_ORDERS, po, "approve"), 200);
        long draft = ok(trade.create(RECEIPTS, doc(s, w1, "2026-02-04", "", line(a, "1", "5.00", ""))), 201).path("id").asLong();

        JsonNode r = trade.get("/api/v1/trade/reminders");

        assertThat(r.path("toApprove").path("count").asLong()).isEqualTo(1);
        assertThat(r.path("toApprove").path("ids").get(0).asLong()).isEqualTo(so1);
        assertThat(r.path("toDeliver").path("ids").get(0).asLong()).isEqualTo(so2);
        assertThat(r.path("toReceive").path("ids").get(0).asLong()).isEqualTo(po);
        assertThat(r.path("toPost").path("count").asLong()).isEqualTo(1);
        assertThat(r.path("toPost").path("ids").get(0).asLong()).isEqualTo(draft);
    }

    @Test
    void a_draft_is_updated_and_checked_like_a_new_one_and_a_posted_one_is_409() {
        TradeClient trade = new TradeClient(app, app.newTenant("sales", "purchasing", "warehouse", "admin").key());
        long w1 = trade.warehouse();
        long a = trade.sku();
        long c = trade.partner("customer");
        long s = trade.partner("supplier");
        trade.stock(w1, a, "2026-01-01", "10", "50.00");
        long id = ok(trade.create(DELIVERIES, doc(c, w1, "2026-02-01", "", line(a, "1", "9.00", ""))), 201).path("id").asLong();

        JsonNode updated = ok(trade.put(DELIVERIES, id, doc(c, w1, "2026-02-02", "", line(a, "3", "8.00", ""),
                line(a, "1", "0", "\"gift\":true"))), 200);

        assertThat(updated.path("date").asText()).isEqualTo("2026-02-02");
        assertThat(updated.path("lines")).hasSize(2);
        assertThat(updated.path("net").asText()).isEqualTo("24.00");
        assertProblem(trade.put(DELIVERIES, id, doc(c, w1, "2026-02-02", "", line(999_999_999L, "1", "9.00", ""))), 422,
                "trade.invalid-field");
        assertProblem(trade.put(DELIVERIES, id, doc(c, 999_999_999L, "2026-02-02", "", line(a, "1", "9.00", ""))), 422,
                "trade.invalid-field");
        assertProblem(trade.put(DELIVERIES, id, doc(s, w1, "2026-02-02", "", line(a, "1", "9.00", ""))), 422,
                "trade.invalid-field");
        assertProblem(trade.put(DELIVERIES, id, doc(c, w1, "2026-02-02", "",
                line(a, "1", "9.00", "").replace("\"个\"", "\"箱\""))), 422, "trade.invalid-field");
        assertProblem(trade.put(RECEIPTS, id, doc(s, w1, "2026-02-02", "", line(a, "1", "9.00", ""))), 404,
                "trade.purchase-receipt-not-found");
        assertThat(trade.get(DELIVERIES + "/" + id).path("net").asText()).isEqualTo("24.00");
        assertProblem(trade.create(DELIVERIES, doc(c, w1, "2026-02-02", "", line(a, "1", "9.00", "")
                .replace("\"个\"", "\"箱\""))), 422, "trade.invalid-field");

        ok(trade.post(DELIVERIES, id), 200);
        assertProblem(trade.put(DELIVERIES, id, doc(c, w1, "2026-02-02", "", line(a, "1", "9.00", ""))), 409,
                "trade.illegal-status");
    }

    @Test
    void create_and_post_in_one_call_is_all_or_nothing() {
        TradeClient trade = new TradeClient(app, app.newTenant("sales", "purchasing", "warehouse", "admin").key());
        long w1 = trade.warehouse();
        long a = trade.sku();
        long c = trade.partner("customer");
        trade.stock(w1, a, "2026-01-01", "3", "30.00");

        JsonNode posted = ok(trade.create(DELIVERIES + "?post=true", doc(c, w1, "2026-02-01", "", line(a, "2", "15.00", ""))),
                201);
        assertThat(posted.path("status").asText()).isEqualTo("posted");
        assertThat(posted.path("lines").get(0).path("cost").asText()).isEqualTo("20.00");

        assertProblem(trade.create(DELIVERIES + "?post=true", doc(c, w1, "2026-02-02", "", line(a, "2", "15.00", ""))), 422,
                "inventory.insufficient-stock");
        assertThat(trade.get(DELIVERIES).path("total").asLong()).isEqualTo(1);
        assertThat(trade.openItems(c)).hasSize(1);
    }
}
