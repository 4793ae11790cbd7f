package io.xinling.bootstrap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inventory drafts over HTTP: deleted and redated as trade drafts are updated, never a posted document, never into a
 * closed period; or saved and posted at once ({@code ?post=true}), all of it or nothing.
 */
class InventoryDraftHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private record Tenant(String key, long warehouse, long sku) {
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json(response);
    }

    private static Tenant tenant() {
        IssuedKey issued = app.newTenant("warehouse", "accountant", "admin");
        String key = issued.key();
        String code = "D" + System.nanoTime();
        long sku = ok(app.post("/api/v1/products", key, "{\"code\":\"" + code + "\",\"name\":\"商品\",\"skus\":[{\"code\":\""
                + code + "-1\",\"baseUnit\":\"个\",\"referenceCost\":\"10.00\"}]}"), 201).path("skus").get(0).path("id").asLong();
        long warehouse = ok(app.post("/api/v1/warehouses", key, "{\"code\":\"W" + code
                + "\",\"kind\":\"central\",\"branchId\":1,\"allowNegativeStock\":false}"), 201).path("id").asLong();
        return new Tenant(key, warehouse, sku);
    }

    private static long receipt(Tenant t, String date) {
        return ok(app.post("/api/v1/inventory/documents", t.key(), "{\"kind\":\"receipt\",\"date\":\"" + date
                + "\",\"warehouseId\":" + t.warehouse() + ",\"purpose\":\"purchase\",\"lines\":[{\"skuId\":" + t.sku()
                + ",\"quantity\":\"2\",\"unit\":\"个\",\"amount\":\"20.00\"}]}"), 201).path("id").asLong();
    }

    private static HttpResponse<String> delete(Tenant t, long id) {
        return app.send(app.request("/api/v1/inventory/documents/" + id, t.key()).DELETE().build());
    }

    private static HttpResponse<String> redate(Tenant t, long id, String body) {
        return app.post("/api/v1/inventory/documents/" + id + "/redate", t.key(), body);
    }

    @Test
    void a_draft_is_deleted_and_gone() {
        Tenant t = tenant();
        long id = receipt(t, "2026-11-05");
        JsonNode deleted = ok(delete(t, id), 200);
        assertThat(deleted.path("id").asLong()).isEqualTo(id);
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertProblem(app.get("/api/v1/inventory/documents/" + id, t.key()), 404, "inventory.document-not-found");
        assertThat(ok(app.get("/api/v1/inventory/documents?status=draft", t.key()), 200).path("total").asLong()).isZero();
        assertProblem(delete(t, id), 404, "inventory.document-not-found");
    }

    @Test
    void a_draft_another_live_document_refers_to_is_deleted_only_after_that_one() {
        Tenant t = tenant();
        long receipt = receipt(t, "2026-11-05");
        long landed = ok(app.post("/api/v1/inventory/documents", t.key(), "{\"kind\":\"landed-cost\",\"date\":\"2026-11-06\","
                + "\"referenceDocumentId\":" + receipt + ",\"amount\":\"5.00\",\"lines\":[]}"), 201).path("id").asLong();
        assertProblem(delete(t, receipt), 409, "inventory.has-dependants");
        assertThat(ok(app.get("/api/v1/inventory/documents/" + receipt, t.key()), 200).path("status").asText()).isEqualTo("draft");
        ok(delete(t, landed), 200);
        ok(delete(t, receipt), 200);
    }

    @Test
    void a_posted_or_cancelled_document_is_not_deleted_nor_redated() {
        Tenant t = tenant();
        long id = receipt(t, "2026-11-05");
        ok(app.post("/api/v1/inventory/documents/" + id + "/post", t.key(), "{}"), 200);
        assertProblem(delete(t, id), 409, "inventory.already-posted");
        assertProblem(redate(t, id, "{\"date\":\"2026-11-20\"}"), 409, "inventory.already-posted");
        JsonNode still = ok(app.get("/api/v1/inventory/documents/" + id, t.key()), 200);
        assertThat(still.path("status").asText()).isEqualTo("posted");
        assertThat(still.path("date").asText()).isEqualTo("2026-11-05");
        ok(app.post("/api/v1/inventory/documents/" + id + "/cancel", t.key(), "{}"), 200);
        assertProblem(delete(t, id), 409, "inventory.already-cancelled");
        assertProblem(redate(t, id, "{\"date\":\"2026-11-20\"}"), 409, "inventory.already-cancelled");
    }

    @Test
    void a_draft_is_redated_keeping_its_number_and_posts_on_its_new_date() {
        Tenant t = tenant();
        long id = receipt(t, "2026-11-05");
        String number = ok(app.get("/api/v1/inventory/documents/" + id, t.key()), 200).path("number").asText();
        JsonNode moved = ok(redate(t, id, "{\"date\":\"2026-12-03\"}"), 200);
        assertThat(moved.path("date").asText()).isEqualTo("2026-12-03");
        assertThat(moved.path("number").asText()).isEqualTo(number);
        assertThat(moved.path("status").asText()).isEqualTo("draft");
        JsonNode posted = ok(app.post("/api/v1/inventory/documents/" + id + "/post", t.key(), "{}"), 200);
        assertThat(posted.path("movements").get(0).path("date").asText()).isEqualTo("2026-12-03");
    }

    @Test
    void a_draft_is_not_redated_into_a_closed_period_but_may_leave_one() {
        Tenant t = tenant();
        long early = receipt(t, "2026-11-05");
        long open = receipt(t, "2026-12-05");
        ok(app.post("/api/v1/accounting/periods/2026-11/close", t.key(),
                "{\"waivers\":[{\"gate\":\"business-drafts\",\"reason\":\"补录后再过账\"}]}"), 200);

        assertProblem(redate(t, open, "{\"date\":\"2026-11-30\"}"), 422, "inventory.date-in-closed-period");
        assertThat(ok(app.get("/api/v1/inventory/documents/" + open, t.key()), 200).path("date").asText()).isEqualTo("2026-12-05");
        assertProblem(app.post("/api/v1/inventory/documents/" + early + "/post", t.key(), "{}"), 422,
                "inventory.date-in-closed-period");

        assertThat(ok(redate(t, early, "{\"date\":\"2026-12-01\"}"), 200).path("date").asText()).isEqualTo("2026-12-01");
        ok(app.post("/api/v1/inventory/documents/" + early + "/post", t.key(), "{}"), 200);
        ok(delete(t, open), 200);
    }

    @Test
    void a_redate_needs_an_iso_date_and_a_known_document() {
        Tenant t = tenant();
        long id = receipt(t, "2026-11-05");
        assertProblem(redate(t, id, "{}"), 422, "inventory.invalid-field");
        assertProblem(redate(t, id, "{\"date\":\"2026-13-01\"}"), 422, "inventory.invalid-field");
        assertProblem(redate(t, id + 1000, "{\"date\":\"2026-11-06\"}"), 404, "inventory.document-not-found");
    }

    @Test
    void only_warehouse_staff_and_admins_delete_or_redate() {
        Tenant t = tenant();
        long id = receipt(t, "2026-11-05");
        String viewer = app.newTenant("viewer").key();
        assertThat(app.send(app.request("/api/v1/inventory/documents/" + id, viewer).DELETE().build()).statusCode())
                .isEqualTo(403);
        assertThat(ok(app.get("/api/v1/inventory/documents/" + id, t.key()), 200).path("status").asText()).isEqualTo("draft");
    }

    // Saved and posted in one request (?post=true): one transaction, or nothing saved at all.

    private static String document(Tenant t, String kind, String quantity, String amount) {
        return "{\"kind\":\"" + kind + "\",\"date\":\"2026-11-05\",\"warehouseId\":" + t.warehouse() + ",\"lines\":[{\"skuId\":"
                + t.sku() + ",\"quantity\":\"" + quantity + "\",\"unit\":\"个\"" + (amount == null ? "" : ",\"amount\":\"" + amount + "\"")
                + "}]}";
    }

    private static HttpResponse<String> createAndPost(Tenant t, String body) {
        return app.post("/api/v1/inventory/documents?post=true", t.key(), body);
    }

    private static long documents(Tenant t) {
        return ok(app.get("/api/v1/inventory/documents", t.key()), 200).path("total").asLong();
    }

    private static JsonNode balance(Tenant t) {
        JsonNode rows = ok(app.get("/api/v1/inventory/balances?date=2026-11-30&skuId=" + t.sku(), t.key()), 200);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void a_document_is_saved_and_posted_in_one_request_with_its_costed_movements_and_voucher() {
        Tenant t = tenant();
        JsonNode receipt = ok(createAndPost(t, document(t, "receipt", "4", "40.00")), 201);
        assertThat(receipt.path("status").asText()).isEqualTo("posted");
        assertThat(receipt.path("number").asText()).isNotBlank();
        JsonNode issue = ok(createAndPost(t, document(t, "issue", "1", null)), 201);
        assertThat(issue.path("status").asText()).isEqualTo("posted");
        assertThat(issue.path("movements")).hasSize(1);
        assertThat(issue.path("movements").get(0).path("amount").asText()).isEqualTo("-10.00");
        assertThat(ok(app.get("/api/v1/inventory/documents/" + issue.path("id").asLong(), t.key()), 200)
                .path("status").asText()).isEqualTo("posted");
        JsonNode balance = balance(t);
        assertThat(balance.path("quantity").asText()).isEqualTo("3");
        assertThat(balance.path("value").asText()).isEqualTo("30.00");
        JsonNode vouchers = ok(app.get("/api/v1/accounting/vouchers?from=2026-11-01&to=2026-11-30", t.key()), 200);
        assertThat(vouchers).as(vouchers.toString()).hasSize(2);
    }

    @Test
    void a_refusal_at_posting_saves_nothing_not_even_the_draft() {
        Tenant t = tenant();
        ok(createAndPost(t, document(t, "receipt", "2", "20.00")), 201);
        assertProblem(createAndPost(t, document(t, "issue", "5", null)), 422, "inventory.insufficient-stock");
        assertThat(documents(t)).isEqualTo(1);
        JsonNode balance = balance(t);
        assertThat(balance.path("quantity").asText()).isEqualTo("2");
        assertThat(balance.path("value").asText()).isEqualTo("20.00");
    }

    @Test
    void bad_input_is_refused_before_anything_is_saved() {
        Tenant t = tenant();
        assertProblem(createAndPost(t, document(t, "receipt", "0", "20.00")), 422,
                "inventory.non-positive-quantity");
        assertProblem(createAndPost(t, "{\"kind\":\"receipt\",\"date\":\"2026-11-05\",\"warehouseId\":" + t.warehouse()
                + ",\"lines\":[{\"skuId\":999999999,\"quantity\":\"1\",\"unit\":\"个\",\"amount\":\"1.00\"}]}"), 422,
                "catalog.unknown-sku");
        assertThat(documents(t)).isZero();
    }
}
