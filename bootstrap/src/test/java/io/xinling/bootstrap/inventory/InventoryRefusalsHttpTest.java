package io.xinling.bootstrap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.xinling.bootstrap.inventory.InventoryClient.doc;
import static io.xinling.bootstrap.inventory.InventoryClient.line;
import static io.xinling.bootstrap.inventory.InventoryClient.ok;
import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.persistence.jooq.Tables.INVENTORY_DOCUMENTS;
import static io.xinling.persistence.jooq.Tables.PRODUCTS;
import static io.xinling.persistence.jooq.Tables.STOCK_MOVEMENTS;
import static io.xinling.persistence.jooq.Tables.WAREHOUSES;
import static org.assertj.core.api.Assertions.assertThat;

/** Inputs a tester found answered with 500 or silently accepted: each is a 422 naming the field, and writes nothing. */
class InventoryRefusalsHttpTest {

    private static TestApp app;
    private IssuedKey key;
    private InventoryClient inv;
    private long w1;
    private long plain;
    private long receipt;
    private long rows;

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
        key = app.newTenant("warehouse", "admin");
        inv = new InventoryClient(app, key.key());
        w1 = inv.warehouse("central", false);
        plain = inv.sku("瓶", "\"units\":[{\"unit\":\"箱\",\"factor\":\"24\"}]");
        receipt = inv.receipt("2026-01-01", w1, plain, "10", "瓶", "100.00").path("id").asLong();
        rows = rowCount();
    }

    @AfterEach
    void nothingWritten() {
        assertThat(rowCount()).as("rows written by refused requests").isEqualTo(rows);
    }

    private long rowCount() {
        var dsl = TestDatabase.database().dsl();
        long t = key.tenant().value();
        return dsl.fetchCount(INVENTORY_DOCUMENTS, INVENTORY_DOCUMENTS.TENANT_ID.eq(t))
                + 1000L * dsl.fetchCount(STOCK_MOVEMENTS, STOCK_MOVEMENTS.TENANT_ID.eq(t))
                + 1_000_000L * dsl.fetchCount(PRODUCTS, PRODUCTS.TENANT_ID.eq(t))
                + 100_000_000L * dsl.fetchCount(WAREHOUSES, WAREHOUSES.TENANT_ID.eq(t))
                + 7L * dsl.fetchCount(INVENTORY_DOCUMENTS, INVENTORY_DOCUMENTS.TENANT_ID.eq(t)
                        .and(INVENTORY_DOCUMENTS.STATUS.eq("POSTED")));
    }

    private static JsonNode invalid(HttpResponse<String> response, String... detail) {
        JsonNode problem = assertProblem(response, 422, "inventory.invalid-field");
        assertThat(problem.path("detail").asText()).contains(detail);
        return problem;
    }

    private HttpResponse<String> product(String sku) {
        return app.post("/api/v1/products", key.key(), "{\"code\":\"PX" + System.nanoTime() + "\",\"skus\":[" + sku + "]}");
    }
//ITEM1
    @Test
    void null_elements_of_request_lists_are_refused_by_name() {
        nullElement(inv.create("{\"kind\":\"receipt\",\"date\":\"2026-01-05\",\"warehouseId\":" + w1 + ",\"lines\":[null]}"),
                "lines[0]");
        nullElement(inv.create(doc("receipt", "2026-01-05", w1, line(plain, "1", "瓶", "\"amount\":\"1.00\""),
                line(plain, "1", "瓶", "\"amount\":\"1.00\",\"serials\":[null]"))), "lines[1].serials[0]");
        nullElement(app.post("/api/v1/products", key.key(), "{\"code\":\"PN1\",\"skus\":[null]}"), "skus[0]");
        nullElement(product("{\"code\":\"N2\",\"baseUnit\":\"个\",\"units\":[null]}"), "skus[0].units[0]");
        nullElement(product("{\"code\":\"N3\",\"baseUnit\":\"个\",\"barcodes\":[null]}"), "skus[0].barcodes[0]");
        nullElement(app.post("/api/v1/products", key.key(), "{\"code\":\"PN4\",\"images\":[null],\"skus\":[{\"code\":\"N4\","
                + "\"baseUnit\":\"个\"}]}"), "images[0]");
        invalid(product("{\"code\":\"N5\",\"baseUnit\":\"个\",\"attributes\":{\"颜色\":null}}"), "skus[0].attributes");
    }

    /** A null element of any list in a request is refused as it is read (Json), naming its index. */
    private static void nullElement(HttpResponse<String> response, String field) {
        JsonNode problem = assertProblem(response, 422, "validation-failed");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(problem.path("detail").asText()).isEqualTo(field + ": may not be null");
    }
//END1
//ITEM2
    @Test
    void a_negative_sale_line_or_leg_is_refused() {
        invalid(inv.create(doc("sales-return", "2026-01-05", w1, line(plain, "1", "瓶",
                "\"saleDocumentId\":1,\"saleLine\":-1"))), "lines[0].saleLine");
        invalid(inv.create(doc("sales-return", "2026-01-05", w1, line(plain, "1", "瓶",
                "\"saleDocumentId\":1,\"saleLeg\":-1"))), "lines[0].saleLeg");
    }
//END2
//ITEM3
    @Test
    void a_serial_too_long_to_exist_is_not_found() {
        assertProblem(app.get("/api/v1/inventory/serials/" + "S".repeat(65) + "/trace", key.key()), 404,
                "inventory.serial-not-found");
    }
//END3
//ITEM4
    @Test
    void business_dates_outside_1900_to_9999_are_refused() {
        invalid(inv.create(doc("receipt", "+10000-01-01", w1, line(plain, "1", "瓶", "\"amount\":\"1.00\""))),
                "date", "1900-01-01", "9999-12-31");
        invalid(inv.create(doc("receipt", "1899-12-31", w1, line(plain, "1", "瓶", "\"amount\":\"1.00\""))), "date");
        invalid(inv.create(doc("receipt", "2026-01-05", w1, line(plain, "1", "瓶",
                "\"amount\":\"1.00\",\"batch\":\"B\",\"expiresOn\":\"+10000-01-01\""))), "lines[0].expiresOn");
    }
//END4
//ITEM5
    @Test
    void a_landed_cost_bringing_an_inbound_amount_below_zero_or_a_zero_value_change_is_refused() {
        String landed = "{\"kind\":\"landed-cost\",\"date\":\"2026-01-06\",\"referenceDocumentId\":" + receipt
                + ",\"amount\":\"%s\"}";
        JsonNode below = assertProblem(inv.create(landed.formatted("-150.00")), 422, "inventory.landed-cost-below-zero");
        assertThat(below.path("detail").asText()).contains("-50.00", "" + receipt);
        assertProblem(inv.create(landed.formatted("0.00")), 422, "inventory.zero-value-change");
        assertProblem(inv.create(doc("cost-adjustment", "2026-01-06", w1, line(plain, "0", "瓶", "\"amount\":\"0\""))),
                422, "inventory.zero-value-change");
        long refund = ok(inv.create(landed.formatted("-100.00")), 201).path("id").asLong();
        assertThat(ok(inv.post(refund), 200).path("status").asText()).isEqualTo("posted");
        assertThat(inv.balance("2026-01-31", w1, plain).path("value").asText()).isEqualTo("0.00");
        rows = rowCount();
    }
//END5
//ITEM6
    @Test
    void a_negative_reference_cost_is_refused() {
        invalid(product("{\"code\":\"R1\",\"baseUnit\":\"个\",\"referenceCost\":\"-1.00\"}"),
                "skus[0].referenceCost", "zero or more");
    }
//END6
//ITEM7
    @Test
    void a_line_whose_role_does_not_fit_the_document_kind_is_refused_by_name() {
        invalid(inv.create(doc("receipt", "2026-01-05", w1, line(plain, "1", "瓶", "\"amount\":\"1.00\""),
                line(plain, "1", "瓶", "\"role\":\"out\""))), "lines[1].role", "receipt", "in");
        invalid(inv.create(doc("receipt", "2026-01-05", w1, line(plain, "1", "瓶", "\"role\":\"count\""))),
                "lines[0].role");
        invalid(inv.create(doc("stocktake", "2026-01-05", w1, line(plain, "1", "瓶", "\"role\":\"in\""))),
                "lines[0].role", "count");
        invalid(inv.create(doc("assembly", "2026-01-05", w1, line(plain, "1", "瓶", "\"role\":\"product\""),
                line(plain, "1", "瓶", "\"role\":\"out\""))), "lines[1].role", "product, component");
        JsonNode none = invalid(inv.create("{\"kind\":\"issue\",\"date\":\"2026-01-05\",\"warehouseId\":" + w1
                + ",\"lines\":null}"), "lines", "at least one line");
        assertThat(none.path("detail").asText()).doesNotContain("549755813887");
        invalid(inv.create(doc("issue", "2026-01-05", w1)), "lines");
    }
//END7
//ITEM8
    @Test
    void a_batch_keeps_the_dates_of_its_first_receipt_which_default_from_the_business_date() {
        long milk = inv.sku("盒", "\"tracking\":\"batch\",\"shelfLifeDays\":30");
        JsonNode first = inv.posted(doc("receipt", "2026-01-05", w1, line(milk, "5", "盒",
                "\"amount\":\"5.00\",\"batch\":\"M1\"")));
        assertThat(first.path("lines").get(0).path("producedOn").asText()).isEqualTo("2026-01-05");
        JsonNode expiring = ok(app.get("/api/v1/inventory/batches/expiring?before=2026-02-05", key.key()), 200);
        assertThat(expiring.get(0).path("expiresOn").asText()).isEqualTo("2026-02-04");
        JsonNode again = inv.posted(doc("receipt", "2026-01-08", w1, line(milk, "1", "盒",
                "\"amount\":\"1.00\",\"batch\":\"M1\"")));
        assertThat(again.path("lines").get(0).path("producedOn").isMissingNode()
                || again.path("lines").get(0).path("producedOn").isNull()).isTrue();
        rows = rowCount();
        JsonNode conflict = assertProblem(inv.create(doc("receipt", "2026-01-09", w1, line(milk, "1", "盒",
                "\"amount\":\"1.00\",\"batch\":\"M1\",\"expiresOn\":\"2026-03-01\""))), 422,
                "inventory.batch-dates-mismatch");
        assertThat(conflict.path("detail").asText()).contains("lines[0]", "M1", "2026-01-05", "2026-02-04");
        invalid(inv.create(doc("receipt", "2026-01-09", w1, line(milk, "1", "盒",
                "\"amount\":\"1.00\",\"batch\":\"M2\",\"producedOn\":\"2026-01-09\",\"expiresOn\":\"2026-01-08\""))),
                "lines[0].expiresOn", "before producedOn");
    }
//END8
//ITEM9
    @Test
    void a_unit_named_twice_a_fractional_unit_of_a_serial_sku_and_a_branch_below_one_are_refused() {
        invalid(product("{\"code\":\"U1\",\"baseUnit\":\"瓶\",\"units\":[{\"unit\":\"箱\",\"factor\":\"24\"},"
                + "{\"unit\":\"箱\",\"factor\":\"12\"}]}"), "skus[0].units[1].unit", "箱");
        invalid(product("{\"code\":\"U2\",\"baseUnit\":\"台\",\"tracking\":\"serial\",\"units\":[{\"unit\":\"半\","
                + "\"factor\":\"0.5\"}]}"), "skus[0].units[0].factor", "whole");
        invalid(product("{\"code\":\"U3\",\"baseUnit\":\"瓶\",\"units\":[{\"unit\":\"箱\",\"factor\":\"abc\"}]}"),
                "skus[0].units[0].factor", "decimal number");
        invalid(app.post("/api/v1/warehouses", key.key(), "{\"code\":\"WB\",\"kind\":\"central\",\"branchId\":0}"),
                "branchId");
    }
//END9
//ITEM12
    @Test
    void line_indexes_in_errors_are_zero_based_like_the_request() {
        String ok = line(plain, "1", "瓶", "");
        invalid(issue(ok, "{\"quantity\":\"1\",\"unit\":\"瓶\"}"), "lines[1].skuId");
        JsonNode unit = invalid(issue(ok, "{\"skuId\":" + plain + ",\"quantity\":\"1\"}"), "lines[1].unit");
        assertThat(unit.path("detail").asText()).doesNotContain("a issue").doesNotContain("lines[2]");
        JsonNode zero = assertProblem(issue(ok, line(plain, "0", "瓶", "")), 422, "inventory.non-positive-quantity");
        assertThat(zero.path("detail").asText()).startsWith("lines[1]:");
        JsonNode noUnit = assertProblem(issue(ok, line(plain, "1", "千克", "")), 422, "inventory.unknown-unit");
        assertThat(noUnit.path("detail").asText()).startsWith("lines[1]:");
    }

    private HttpResponse<String> issue(String... lines) {
        return inv.create(doc("issue", "2026-01-05", w1, lines));
    }
//END12
//ITEM11
    @Test
    void problems_name_the_field_and_its_allowed_values_without_java_internals() {
        JsonNode tracking = invalid(product("{\"code\":\"T1\",\"baseUnit\":\"个\",\"tracking\":\"lot\"}"),
                "skus[0].tracking", "none, batch, serial");
        invalid(product("{\"code\":\"T2\",\"baseUnit\":\"个\",\"taxRate\":\"abc\"}"), "skus[0].taxRate", "percent");
        invalid(inv.create(doc("receipt", "2026-01-05", w1, line(plain, "1", "瓶", "\"amount\":\"1.00\""))
                .replace("{\"kind\"", "{\"purpose\":\"gift\",\"kind\"")), "purpose", "opening, purchase, other");
        invalid(inv.create("{\"kind\":\"landed-cost\",\"date\":\"2026-01-06\",\"referenceDocumentId\":" + receipt
                + ",\"amount\":\"5.00\",\"basis\":\"weight\"}"), "basis", "amount, quantity");
        long draft = ok(issue(line(plain, "11", "瓶", "")), 201).path("id").asLong();
        JsonNode shortBy = assertProblem(inv.post(draft), 422, "inventory.insufficient-stock");
        long sale = inv.issue("2026-01-06", w1, plain, "1", "瓶").path("id").asLong();
        long returned = ok(inv.create(doc("sales-return", "2026-01-07", w1, line(plain, "1", "瓶",
                "\"saleDocumentId\":" + sale + ",\"saleLine\":5"))), 201).path("id").asLong();
        JsonNode unknown = assertProblem(inv.post(returned), 422, "inventory.unknown-movement");
        rows = rowCount();
        for (JsonNode p : new JsonNode[] {tracking, shortBy, unknown}) {
            assertThat(p.path("detail").asText()).doesNotContain("Id[", "Warehouse[", "=", "io.xinling", "No enum", "Character");
        }
        assertThat(shortBy.path("detail").asText()).contains("warehouse " + w1);
        assertThat(unknown.path("detail").asText()).contains("line 5 of document " + sale);
    }
//END11
//ITEM10
    @Test
    void the_openapi_document_tells_the_tax_rate_is_a_percent_and_post_and_cancel_answer_409() {
        rows = rowCount();
        JsonNode api = ok(app.get("/api/v1/openapi.json", key.key()), 200);
        assertThat(api.at("/components/schemas/SkuRequest/properties/taxRate/description").asText())
                .contains("percent", "13 means 13 %");
        assertThat(api.at("/components/schemas/InventoryDocumentRequest/properties/date/description").asText())
                .contains("1900-01-01", "9999-12-31");
        for (String action : new String[] {"post", "cancel"}) {
            JsonNode op = api.path("paths").path("/api/v1/inventory/documents/{id}/" + action).path("post");
            assertThat(op.path("responses").has("409")).as(action).isTrue();
            assertThat(op.path("parameters").toString()).as(action).contains("#/components/parameters/IdempotencyKey");
        }
    }
//END10
//ITEM13
    @Test
    void a_transfer_receipt_or_sales_return_naming_no_document_of_the_tenant_is_refused_at_creation() {
        long w2 = inv.warehouse("store", false);
        IssuedKey other = app.newTenant("warehouse", "admin");
        InventoryClient stranger = new InventoryClient(app, other.key());
        long theirs = stranger.warehouse("central", false);
        long theirSku = stranger.sku("个", "");
        stranger.receipt("2026-01-01", theirs, theirSku, "5", "个", "5.00");
        long theirDispatch = ok(stranger.create(doc("transfer-dispatch", "2026-01-02", theirs, line(theirSku, "1", "个", ""))
                .replace("\"lines\"", "\"toWarehouseId\":" + stranger.warehouse("store", false) + ",\"lines\"")), 201)
                .path("id").asLong();
        rows = rowCount();
        String receiveFrom = "{\"kind\":\"transfer-receipt\",\"date\":\"2026-01-05\",\"warehouseId\":" + w2
                + ",\"referenceDocumentId\":%d,\"lines\":[" + line(plain, "1", "瓶", "") + "]}";
        invalid(inv.create(receiveFrom.formatted(999_999_999L)), "referenceDocumentId", "transfer-dispatch");
        invalid(inv.create(receiveFrom.formatted(theirDispatch)), "referenceDocumentId");
        invalid(inv.create(receiveFrom.formatted(receipt)), "referenceDocumentId");
        invalid(inv.create(doc("sales-return", "2026-01-05", w1, line(plain, "1", "瓶", "\"saleDocumentId\":999999999"))),
                "lines[0].saleDocumentId");
    }
//END13
//ITEM14
    @Test
    void a_unit_factor_the_ledger_cannot_hold_and_a_code_given_twice_in_one_product_are_refused_by_name() {
        invalid(product("{\"code\":\"F1\",\"baseUnit\":\"克\",\"units\":[{\"unit\":\"柜\",\"factor\":\"1000000001\"}]}"),
                "skus[0].units[0].factor", "1000000000");
        invalid(product("{\"code\":\"F2\",\"baseUnit\":\"个\",\"units\":[{\"unit\":\"丝\",\"factor\":\"0.0000001\"}]}"),
                "skus[0].units[0].factor", "6 decimals");
        invalid(app.post("/api/v1/products", key.key(), "{\"code\":\"PD1\",\"skus\":[{\"code\":\"D1\",\"baseUnit\":\"个\"},"
                + "{\"code\":\"D1\",\"baseUnit\":\"个\"}]}"), "skus[1].code", "D1");
        invalid(app.post("/api/v1/products", key.key(), "{\"code\":\"PD2\",\"skus\":[{\"code\":\"D2\",\"baseUnit\":\"个\","
                + "\"barcodes\":[{\"code\":\"6901\"}]},{\"code\":\"D3\",\"baseUnit\":\"个\",\"barcodes\":[{\"code\":\"6901\"}]}]}"),
                "skus[1].barcodes[0].code", "6901");
        // the largest factor and the finest one are accepted
        assertThat(ok(product("{\"code\":\"F3\",\"baseUnit\":\"克\",\"units\":[{\"unit\":\"千吨\",\"factor\":\"1000000000\"},"
                + "{\"unit\":\"微克\",\"factor\":\"0.000001\"}]}"), 201).path("skus").get(0).path("units")).hasSize(3);
        rows = rowCount();
    }
//END14
//ITEM15
    @Test
    void posting_against_a_dispatch_still_in_draft_is_a_409_naming_its_status_and_writes_nothing() {
        long w2 = inv.warehouse("store", false);
        long dispatch = ok(inv.create(doc("transfer-dispatch", "2026-01-02", w1, line(plain, "4", "瓶", ""))
                .replace("\"lines\"", "\"toWarehouseId\":" + w2 + ",\"lines\"")), 201).path("id").asLong();
        long arrival = ok(inv.create("{\"kind\":\"transfer-receipt\",\"date\":\"2026-01-03\",\"warehouseId\":" + w2
                + ",\"referenceDocumentId\":" + dispatch + ",\"lines\":[" + line(plain, "4", "瓶", "") + "]}"), 201)
                .path("id").asLong();
        rows = rowCount();
        JsonNode early = assertProblem(inv.post(arrival), 409, "inventory.reference-not-posted");
        assertThat(early.path("detail").asText()).startsWith("referenceDocumentId:").contains("" + dispatch, "draft");
        assertThat(rowCount()).isEqualTo(rows);

        ok(inv.post(dispatch), 200);
        assertThat(ok(inv.post(arrival), 200).path("status").asText()).isEqualTo("posted");
        rows = rowCount();
    }
//END15
}
