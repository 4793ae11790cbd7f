package io.xinling.bootstrap.settlement;

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

class SettlementHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static long customer(String key, String code) {
        HttpResponse<String> r = app.post("/api/v1/partners", key,
                "{\"code\":\"" + code + "\",\"name\":\"Customer " + code + "\",\"roles\":[\"customer\"],\"creditLimit\":\"10000.00\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).path("id").asLong();
    }

    static long invoice(String key, long partner, String ref, String date, String amount) {
        HttpResponse<String> r = app.post("/api/v1/settlement/open-items", key, """
                {"partnerId":%d,"ledger":"receivable","side":"debit","sourceType":"sales-delivery","sourceRef":"%s",
                 "date":"%s","amount":"%s"}""".formatted(partner, ref, date, amount));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).path("id").asLong();
    }

    static HttpResponse<String> receipt(String key, long partner, String kind, String amount, String allocations) {
        return app.post("/api/v1/settlement/receipts", key, """
                {"partnerId":%d,"kind":"%s","method":"bank","date":"2026-03-10","amount":"%s","allocations":[%s]}"""
                .formatted(partner, kind, amount, allocations));
    }

    static String allocation(long item, String amount) {
        return "{\"itemId\":" + item + ",\"amount\":\"" + amount + "\"}";
    }

    static int itemCount(String key, long partner) {
        return json(app.get("/api/v1/settlement/open-items?partnerId=" + partner, key)).path("items").size();
    }

    @Test
    void e15_receipt_with_write_off_then_the_advance_applied() {
        String key = app.newTenant("sales", "accountant", "cashier").key();
        long x = customer(key, "X");
        HttpResponse<String> advanceResponse = receipt(key, x, "advance", "500.00", "");
        assertThat(advanceResponse.statusCode()).as(advanceResponse.body()).isEqualTo(201);
        long advance = json(advanceResponse).path("credit").path("id").asLong();
        long s100 = invoice(key, x, "S100", "2026-03-02", "1356.00");

        JsonNode paid = json(receipt(key, x, "receipt", "1000.00", allocation(s100, "1000.00")));
        assertThat(paid.path("credit").path("open").asText()).isEqualTo("0.00");
        assertThat(paid.path("charges").get(0).path("open").asText()).isEqualTo("356.00");

        HttpResponse<String> applied = app.post("/api/v1/settlement/write-offs", key, """
                {"creditItemId":%d,"date":"2026-03-11","allocations":[%s]}""".formatted(advance, allocation(s100, "356.00")));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        assertThat(json(applied).path("charges").get(0).path("open").asText()).isEqualTo("0.00");
        assertThat(json(applied).path("credit").path("open").asText()).isEqualTo("144.00");

        JsonNode statement = json(app.get("/api/v1/settlement/statements?partnerId=" + x + "&from=2026-03-01&to=2026-03-31", key));
        assertThat(statement.path("opening").asText()).isEqualTo("0.00");
        assertThat(statement.path("lines").findValuesAsText("sourceRef")).contains("S100");
        assertThat(statement.path("totalDebit").asText()).isEqualTo("1356.00");
        assertThat(statement.path("totalCredit").asText()).isEqualTo("1500.00");
        // GL 1122[X] = 0 and GL 220301[X] = -144.00 (I-15)
        assertThat(statement.path("closing").asText()).isEqualTo("-144.00");

        JsonNode ageing = json(app.get("/api/v1/settlement/ageing?date=2026-03-31&partnerId=" + x, key)).path("rows").get(0);
        assertThat(ageing.path("total").asText()).isEqualTo("0.00");
        assertThat(ageing.path("unapplied").asText()).isEqualTo("144.00");
        assertThat(ageing.path("net").asText()).isEqualTo("-144.00");
        assertThat(json(app.get("/api/v1/partners/" + x + "/credit", key)).path("exposure").asText()).isEqualTo("-144.00");
    }

    @Test
    void a_reversal_restores_both_items_and_cannot_be_repeated() {
        String key = app.newTenant("accountant").key();
        long x = customer(key, "R");
        long inv = invoice(key, x, "S1", "2026-03-01", "100.00");
        JsonNode paid = json(receipt(key, x, "receipt", "60.00", allocation(inv, "60.00")));
        long writeOff = paid.path("writeOffs").get(0).path("id").asLong();

        HttpResponse<String> reversal = app.post("/api/v1/settlement/write-offs/" + writeOff + "/reversal", key,
                "{\"date\":\"2026-03-12\"}");
        assertThat(reversal.statusCode()).as(reversal.body()).isEqualTo(201);
        assertThat(json(reversal).path("amount").asText()).isEqualTo("-60.00");
        assertThat(json(app.get("/api/v1/settlement/open-items/" + inv, key)).path("item").path("open").asText()).isEqualTo("100.00");
        assertProblem(app.post("/api/v1/settlement/write-offs/" + writeOff + "/reversal", key, "{\"date\":\"2026-03-12\"}"),
                409, "settlement.already-reversed");
    }

    @Test
    void bad_receipts_are_refused_and_write_nothing() {
        String key = app.newTenant("accountant").key();
        long x = customer(key, "B");
        long inv = invoice(key, x, "S1", "2026-03-01", "100.00");
        assertProblem(receipt(key, x, "receipt", "200.00", allocation(inv, "100.01")), 422,
                "settlement.write-off-exceeds-open-amount");
        assertProblem(receipt(key, x, "receipt", "50.00", allocation(inv, "60.00")), 422,
                "settlement.write-off-exceeds-unapplied-amount");
        assertProblem(receipt(key, x, "receipt", "-5.00", ""), 422, "settlement.non-positive-amount");
        assertProblem(receipt(key, 987654321L, "receipt", "5.00", ""), 404, "settlement.partner-not-found");
        assertProblem(receipt(key, x, "receipt", "5.001", ""), 422, "validation-failed");
        assertProblem(app.post("/api/v1/settlement/receipts", key, """
                {"partnerId":%d,"method":"bank","date":"2026-03-10","currency":"USD","exchangeRate":"7.1",
                 "amount":"10.00","allocations":[%s]}""".formatted(x, allocation(inv, "10.00"))), 422,
                "settlement.currency-mismatch");
        assertThat(itemCount(key, x)).isEqualTo(1);
        assertThat(json(app.get("/api/v1/settlement/open-items/" + inv, key)).path("item").path("open").asText()).isEqualTo("100.00");
    }

    @Test
    void roles_and_tenants_are_enforced() {
        IssuedKey owner = app.newTenant("accountant");
        long x = customer(owner.key(), "T");
        long inv = invoice(owner.key(), x, "S1", "2026-03-01", "100.00");
        String viewer = app.keyFor(owner.tenant().value(), "viewer").key();
        assertProblem(receipt(viewer, x, "receipt", "5.00", ""), 403, "forbidden");
        assertThat(app.get("/api/v1/settlement/open-items/" + inv, viewer).statusCode()).isEqualTo(200);

        String other = app.newTenant("accountant").key();
        long mine = customer(other, "O");
        assertProblem(app.get("/api/v1/settlement/open-items/" + inv, other), 404, "settlement.open-item-not-found");
        assertProblem(receipt(other, x, "receipt", "5.00", ""), 404, "settlement.partner-not-found");
        assertProblem(receipt(other, mine, "receipt", "5.00", allocation(inv, "5.00")), 404, "settlement.open-item-not-found");
        assertThat(itemCount(other, mine)).isZero();
    }

    @Test
    void the_same_source_document_twice_is_a_conflict() {
        String key = app.newTenant("accountant").key();
        long x = customer(key, "D");
        invoice(key, x, "S1", "2026-03-01", "100.00");
        assertProblem(app.post("/api/v1/settlement/open-items", key, """
                {"partnerId":%d,"ledger":"receivable","side":"debit","sourceType":"sales-delivery","sourceRef":"S1",
                 "date":"2026-03-01","amount":"1.00"}""".formatted(x)), 409, "settlement.source-conflict");
    }

    @Test
    void a_payment_to_a_supplier_settles_a_payable_and_ageing_buckets_by_document_age() {
        String key = app.newTenant("accountant", "cashier").key();
        long supplier = json(app.post("/api/v1/partners", key,
                "{\"code\":\"SUP\",\"name\":\"Supplier\",\"roles\":[\"supplier\"],\"paymentTermDays\":30}")).path("id").asLong();
        long old = payable(key, supplier, "P1", "2025-11-15", "734.50");
        payable(key, supplier, "P2", "2026-01-20", "1130.00");
        HttpResponse<String> paid = app.post("/api/v1/settlement/payments", key, """
                {"partnerId":%d,"method":"wechat","date":"2026-02-01","amount":"800.00","allocations":[%s]}"""
                .formatted(supplier, allocation(old, "734.50")));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
        assertThat(json(paid).path("credit").path("open").asText()).isEqualTo("65.50");
        assertThat(json(paid).path("credit").path("method").asText()).isEqualTo("wechat");

        JsonNode before = json(app.get("/api/v1/settlement/ageing?ledger=payable&date=2026-01-31&partnerId=" + supplier, key))
                .path("rows").get(0);
        assertThat(before.path("days0To30").asText()).isEqualTo("1130.00");
        assertThat(before.path("days61To90").asText()).isEqualTo("734.50");
        JsonNode after = json(app.get("/api/v1/settlement/ageing?ledger=payable&date=2026-02-01&partnerId=" + supplier, key))
                .path("rows").get(0);
        assertThat(after.path("days61To90").asText()).isEqualTo("0.00");
        assertThat(after.path("net").asText()).isEqualTo("1064.50");
        JsonNode overdue = json(app.get("/api/v1/settlement/ageing?ledger=payable&basis=due-date&date=2026-01-31&partnerId="
                + supplier, key)).path("rows").get(0);
        assertThat(overdue.path("days61To90").asText()).isEqualTo("0.00");
        assertThat(overdue.path("days31To60").asText()).isEqualTo("734.50");
        assertProblem(receipt(key, supplier, "receipt", "5.00", ""), 422, "settlement.wrong-partner-role");
    }

    static long payable(String key, long partner, String ref, String date, String amount) {
        HttpResponse<String> r = app.post("/api/v1/settlement/open-items", key, """
                {"partnerId":%d,"ledger":"payable","side":"debit","sourceType":"purchase-receipt","sourceRef":"%s",
                 "date":"%s","amount":"%s"}""".formatted(partner, ref, date, amount));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).path("id").asLong();
    }

    @Test
    void a_replayed_receipt_with_the_same_idempotency_key_is_recorded_once() {
        String key = app.newTenant("cashier", "accountant").key();
        long x = customer(key, "I");
        String body = "{\"partnerId\":" + x + ",\"method\":\"cash\",\"date\":\"2026-03-10\",\"amount\":\"88.00\"}";
        HttpResponse<String> first = app.post("/api/v1/settlement/receipts", key, body, java.util.Map.of("Idempotency-Key", "till-7-42"));
        HttpResponse<String> replay = app.post("/api/v1/settlement/receipts", key, body, java.util.Map.of("Idempotency-Key", "till-7-42"));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(itemCount(key, x)).isEqualTo(1);
    }
}
