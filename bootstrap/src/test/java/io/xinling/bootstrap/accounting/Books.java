package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** A tenant's books over HTTP for tests: a preparer and a reviewer, and helpers to enter and post vouchers. */
final class Books {

    final TestApp app;
    final IssuedKey preparer;
    final IssuedKey reviewer;

    Books(TestApp app) {
        this.app = app;
        this.preparer = app.newTenant("accountant");
        this.reviewer = app.keyFor(preparer.tenant().value(), "accountant");
    }

    /** Registers {@code code} in the books' register of {@code dimension} (project, department…), so lines may name it. */
    void register(String dimension, String code) {
        HttpResponse<String> made = app.post("/api/v1/accounting/dimensions/" + dimension, preparer.key(),
                "{\"code\":\"" + code + "\",\"name\":\"" + dimension + " " + code + "\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }

    /** A partner of this tenant in {@code role} (customer or supplier): its id, the value of that dimension. */
    String partner(String role) {
        String code = "BK" + System.nanoTime();
        HttpResponse<String> made = app.post("/api/v1/partners", preparer.key(), "{\"code\":\"" + code + "\",\"name\":\"P "
                + code + "\",\"roles\":[\"" + role + "\"]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return json(made).path("id").asText();
    }

    /** A SKU of this tenant, made with an admin key: its id, the value of the item dimension. */
    String sku() {
        String code = "BKS" + System.nanoTime();
        HttpResponse<String> made = app.post("/api/v1/products", app.keyFor(preparer.tenant().value(), "admin").key(),
                "{\"code\":\"" + code + "\",\"name\":\"商品" + code + "\",\"skus\":[{\"code\":\"" + code
                        + "-1\",\"baseUnit\":\"个\",\"referenceCost\":\"10.00\"}]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return json(made).path("skus").get(0).path("id").asText();
    }

    static String line(String account, String debit, String credit, String dims) {
        return "{\"summary\":\"s\",\"account\":\"" + account + "\""
                + (debit == null ? "" : ",\"debit\":\"" + debit + "\"")
                + (credit == null ? "" : ",\"credit\":\"" + credit + "\"")
                + (dims == null ? "" : ",\"dimensions\":" + dims) + "}";
    }

    static String dr(String account, String amount) {
        return line(account, amount, null, null);
    }

    static String cr(String account, String amount) {
        return line(account, null, amount, null);
    }

    static String voucher(String date, String... lines) {
        return "{\"date\":\"" + date + "\",\"attachments\":1,\"lines\":[" + String.join(",", lines) + "]}";
    }

    HttpResponse<String> enter(String date, String... lines) {
        return app.post("/api/v1/accounting/vouchers", preparer.key(), voucher(date, lines));
    }

    /** Enters and posts; returns the posted voucher. */
    JsonNode posted(String date, String... lines) {
        HttpResponse<String> entered = enter(date, lines);
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        return post(json(entered).path("id").asLong());
    }

    JsonNode post(long id) {
        HttpResponse<String> posted = app.post("/api/v1/accounting/vouchers/" + id + "/post", reviewer.key(), "{}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        return json(posted);
    }

    JsonNode get(String path) {
        HttpResponse<String> response = app.get(path, preparer.key());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    JsonNode trialBalance(String from, String to) {
        return get("/api/v1/accounting/trial-balance?from=" + from + "&to=" + to);
    }

    static JsonNode row(JsonNode trialBalance, String account) {
        for (JsonNode row : trialBalance.path("rows")) {
            if (row.path("account").asText().equals(account)) {
                return row;
            }
        }
        return null;
    }

    static List<String> lines(JsonNode voucher) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : voucher.path("lines")) {
            out.add(l.path("account").asText() + " " + l.path("debit").asText() + "/" + l.path("credit").asText());
        }
        return out;
    }
}
