package io.xinling.bootstrap.partner;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

class PartnerHttpTest {

    private static TestApp app;
    private static IssuedKey sales;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        sales = app.newTenant("sales", "accountant");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static String dealer(String code) {
        return """
                {"code":"%s","name":"华东经销商","roles":["customer","supplier"],"dealerLevel":"gold",
                 "creditLimit":"50000.00","paymentTermDays":30,
                 "contacts":[{"name":"王经理","phone":"13800000000","email":"wang@example.cn"}],
                 "addresses":[{"kind":"shipping","text":"上海市浦东新区"}]}""".formatted(code);
    }

    @Test
    void a_dealer_that_is_also_a_supplier_is_created_read_back_and_listed() {
        JsonNode created = json(app.post("/api/v1/partners", sales.key(), dealer("D-001")));
        long id = created.path("id").asLong();
        assertThat(created.path("roles").toString()).isEqualTo("[\"customer\",\"supplier\"]");

        JsonNode read = json(app.get("/api/v1/partners/" + id, sales.key()));
        assertThat(read.path("creditLimit").asText()).isEqualTo("50000.00");
        assertThat(read.path("dealerLevel").asText()).isEqualTo("gold");
        assertThat(read.path("contacts").get(0).path("name").asText()).isEqualTo("王经理");
        assertThat(read.path("addresses").get(0).path("kind").asText()).isEqualTo("shipping");

        JsonNode page = json(app.get("/api/v1/partners?role=supplier&q=D-00&limit=10", sales.key()));
        assertThat(page.path("items").findValuesAsText("code")).contains("D-001");
    }

    @Test
    void bad_input_is_refused_and_writes_nothing() {
        IssuedKey key = app.newTenant("sales");
        assertProblem(app.post("/api/v1/partners", key.key(), dealer("D-1").replace("50000.00", "1.001")), 422,
                "kernel.too-many-decimals");
        assertProblem(app.post("/api/v1/partners", key.key(), dealer("D-1").replace("\"customer\",", "\"boss\",")), 422,
                "partner.invalid-field");
        assertProblem(app.post("/api/v1/partners", key.key(), "{\"code\":\"x\",\"name\":\"y\",\"roles\":[\"customer\"],\"extra\":1}"),
                422, "validation-failed");
        assertProblem(app.post("/api/v1/partners", key.key(), dealer("D-1").replace("\"paymentTermDays\":30",
                "\"paymentTermDays\":30,\"defaultPriceListId\":987654321")), 404, "partner.price-list-not-found");
        assertThat(json(app.get("/api/v1/partners", key.key())).path("items").size()).isZero();
    }

    @Test
    void a_duplicate_code_is_a_conflict() {
        IssuedKey key = app.newTenant("sales");
        assertThat(app.post("/api/v1/partners", key.key(), dealer("SAME")).statusCode()).isEqualTo(201);
        assertProblem(app.post("/api/v1/partners", key.key(), dealer("SAME")), 409, "partner.code-conflict");
    }

    @Test
    void another_tenants_partner_is_not_found_and_a_warehouse_key_cannot_create() {
        long id = json(app.post("/api/v1/partners", sales.key(), dealer("ISO-1"))).path("id").asLong();
        IssuedKey other = app.newTenant("sales");
        assertProblem(app.get("/api/v1/partners/" + id, other.key()), 404, "partner.partner-not-found");
        assertProblem(app.get("/api/v1/partners/abc", other.key()), 404, "not-found");
        IssuedKey warehouse = app.keyFor(sales.tenant().value(), "warehouse");
        assertProblem(app.post("/api/v1/partners", warehouse.key(), dealer("W-1")), 403, "forbidden");
    }

    @Test
    void credit_shows_exposure_and_whether_an_order_would_exceed_the_limit() {
        long id = json(app.post("/api/v1/partners", sales.key(), dealer("CR-1").replace("50000.00", "1000.00"))).path("id").asLong();
        assertThat(app.post("/api/v1/settlement/open-items", sales.key(), """
                {"partnerId":%d,"ledger":"receivable","side":"debit","sourceType":"opening","sourceRef":"CR-1",
                 "date":"2026-01-05","amount":"600.00"}""".formatted(id)).statusCode()).isEqualTo(201);
        JsonNode fits = json(app.get("/api/v1/partners/" + id + "/credit?orderAmount=400.00", sales.key()));
        assertThat(fits.path("exposure").asText()).isEqualTo("600.00");
        assertThat(fits.path("available").asText()).isEqualTo("400.00");
        assertThat(fits.path("wouldExceedLimit").asBoolean()).isFalse();
        JsonNode over = json(app.get("/api/v1/partners/" + id + "/credit?orderAmount=400.01", sales.key()));
        assertThat(over.path("wouldExceedLimit").asBoolean()).isTrue();
        assertProblem(app.get("/api/v1/partners/" + id + "/credit?orderAmount=-1", sales.key()), 422, "validation-failed");
    }
}
