package io.xinling.bootstrap.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.tenancy.IssuedKey;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static io.xinling.bootstrap.testing.JsonAssert.assertProblem;
import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

class PricingHttpTest {

    private static final AtomicInteger CODES = new AtomicInteger();
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static long list(String key, String body) {
        HttpResponse<String> r = app.post("/api/v1/price-lists", key, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).path("id").asLong();
    }

    /** A product with one SKU in the tenant of {@code key}; its id. */
    static long sku(String key) {
        String code = "P" + CODES.incrementAndGet();
        HttpResponse<String> r = app.post("/api/v1/products", key, "{\"code\":\"" + code + "\",\"name\":\"" + code
                + "\",\"skus\":[{\"code\":\"" + code + "-1\",\"baseUnit\":\"瓶\"}]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).path("skus").get(0).path("id").asLong();
    }

    static HttpResponse<String> put(String path, String key, String json) {
        return app.put(path, key, json);
    }

    @Test
    void the_lookup_follows_the_tenant_order_and_explains_which_list_won() {
        IssuedKey admin = app.newTenant("admin");
        String key = admin.key();
        long sku = sku(key);
        long dealer = json(app.post("/api/v1/partners", key,
                "{\"code\":\"D1\",\"name\":\"Dealer\",\"roles\":[\"customer\"],\"dealerLevel\":\"gold\"}")).path("id").asLong();
        list(key, "{\"name\":\"零售价\",\"kind\":\"retail\",\"prices\":[{\"sku\":" + sku + ",\"price\":\"10.00\"}]}");
        long gold = list(key, "{\"name\":\"金牌经销\",\"kind\":\"dealer-level\",\"target\":\"gold\",\"taxInclusive\":false,"
                + "\"prices\":[{\"sku\":" + sku + ",\"price\":\"7.0800\"}]}");
        list(key, "{\"name\":\"expired\",\"kind\":\"customer\",\"target\":\"" + dealer + "\",\"validTo\":\"2026-01-31\","
                + "\"prices\":[{\"sku\":" + sku + ",\"price\":\"6.00\"}]}");

        JsonNode r = json(app.get("/api/v1/pricing/lookup?sku=" + sku + "&date=2026-06-01&customerId=" + dealer, key));
        assertThat(r.path("priceListId").asLong()).isEqualTo(gold);
        assertThat(r.path("price").asText()).isEqualTo("7.08");
        assertThat(r.path("taxInclusive").asBoolean()).isFalse();
        assertThat(r.path("explanation").findValuesAsText("outcome"))
                .anySatisfy(s -> assertThat(s).contains("not valid on 2026-06-01"))
                .anySatisfy(s -> assertThat(s).startsWith("won: DEALER_LEVEL"));

        JsonNode order = json(put("/api/v1/pricing/resolution-order", key, "{\"kinds\":[\"retail\",\"dealer-level\"]}"));
        assertThat(order.path("kinds").toString()).isEqualTo("[\"retail\",\"dealer-level\"]");
        assertThat(json(app.get("/api/v1/pricing/lookup?sku=" + sku + "&date=2026-06-01&customerId=" + dealer, key))
                .path("price").asText()).isEqualTo("10.00");
        assertProblem(app.get("/api/v1/pricing/lookup?sku=8&date=2026-06-01", key), 404, "pricing.price-not-found");
    }

    @Test
    void bad_price_lists_are_refused_and_write_nothing() {
        String key = app.newTenant("admin").key();
        assertProblem(app.post("/api/v1/price-lists", key,
                "{\"name\":\"x\",\"kind\":\"retail\",\"prices\":[{\"sku\":7,\"price\":\"1.23456\"}]}"), 422, "kernel.too-many-decimals");
        assertProblem(app.post("/api/v1/price-lists", key,
                "{\"name\":\"x\",\"kind\":\"retail\",\"prices\":[{\"sku\":7,\"price\":\"-1\"}]}"), 422, "kernel.invalid-value");
        assertProblem(app.post("/api/v1/price-lists", key, "{\"name\":\"x\",\"kind\":\"store\"}"), 422, "pricing.invalid-field");
        assertProblem(app.post("/api/v1/price-lists", key, "{\"name\":\"x\",\"kind\":\"customer\",\"target\":\"999999\"}"),
                404, "pricing.customer-not-found");
        assertProblem(app.post("/api/v1/price-lists", key, "{\"name\":\"x\",\"kind\":\"retail\",\"validFrom\":\"2026-02-01\","
                + "\"validTo\":\"2026-01-01\"}"), 422, "pricing.invalid-field");
        assertProblem(put("/api/v1/pricing/resolution-order", key, "{\"kinds\":[\"retail\",\"retail\"]}"), 422,
                "pricing.invalid-field");
        assertThat(json(app.get("/api/v1/price-lists", key)).path("items").size()).isZero();
    }

    @Test
    void roles_and_tenants_are_enforced() {
        IssuedKey owner = app.newTenant("admin");
        long id = list(owner.key(), "{\"name\":\"r\",\"kind\":\"retail\",\"prices\":[{\"sku\":" + sku(owner.key()) + ",\"price\":\"1\"}]}");
        String viewer = app.keyFor(owner.tenant().value(), "viewer").key();
        assertThat(json(app.get("/api/v1/price-lists/" + id, viewer)).path("prices").get(0).path("price").asText()).isEqualTo("1.00");
        assertProblem(app.post("/api/v1/price-lists", viewer, "{\"name\":\"r\",\"kind\":\"retail\"}"), 403, "forbidden");
        assertProblem(put("/api/v1/pricing/resolution-order", app.keyFor(owner.tenant().value(), "sales").key(),
                "{\"kinds\":[\"retail\"]}"), 403, "forbidden");
        assertProblem(app.get("/api/v1/price-lists/" + id, app.newTenant("admin").key()), 404, "pricing.price-list-not-found");
    }

    @Test
    void a_customers_default_list_competes_at_the_customer_step() {
        String key = app.newTenant("admin").key();
        long sku = sku(key);
        list(key, "{\"name\":\"零售价\",\"kind\":\"retail\",\"prices\":[{\"sku\":" + sku + ",\"price\":\"10.00\"}]}");
        long special = list(key, "{\"name\":\"VIP\",\"kind\":\"wholesale\",\"validFrom\":\"2026-01-01\","
                + "\"prices\":[{\"sku\":" + sku + ",\"price\":\"8.50\"}]}");
        long customer = json(app.post("/api/v1/partners", key, "{\"code\":\"V\",\"name\":\"VIP\",\"roles\":[\"customer\"],"
                + "\"defaultPriceListId\":" + special + "}")).path("id").asLong();
        put("/api/v1/pricing/resolution-order", key, "{\"kinds\":[\"customer\",\"retail\"]}");
        JsonNode r = json(app.get("/api/v1/pricing/lookup?sku=" + sku + "&date=2026-06-01&customerId=" + customer, key));
        assertThat(r.path("priceListId").asLong()).isEqualTo(special);
        assertThat(r.path("explanation").get(0).path("kind").asText()).isEqualTo("customer");
        assertThat(json(app.get("/api/v1/pricing/lookup?sku=" + sku + "&date=2026-06-01", key)).path("price").asText()).isEqualTo("10.00");
    }

    @Test
    void a_list_naming_a_sku_or_store_the_tenant_does_not_have_is_422_and_writes_nothing() {
        String key = app.newTenant("admin").key();
        String other = app.newTenant("admin").key();
        long mine = sku(key);
        long theirs = sku(other);
        long central = json(app.post("/api/v1/warehouses", key, "{\"code\":\"C1\",\"kind\":\"central\"}")).path("id").asLong();
        JsonNode unknown = assertProblem(app.post("/api/v1/price-lists", key, "{\"name\":\"x\",\"kind\":\"retail\","
                + "\"prices\":[{\"sku\":" + mine + ",\"price\":\"2\"},{\"sku\":9999999,\"price\":\"1\"}]}"), 422,
                "pricing.invalid-field");
        assertThat(unknown.path("detail").asText()).startsWith("prices[1].sku:").contains("9999999");
        JsonNode foreign = assertProblem(app.post("/api/v1/price-lists", key, "{\"name\":\"x\",\"kind\":\"retail\","
                + "\"prices\":[{\"sku\":" + theirs + ",\"price\":\"1\"}]}"), 422, "pricing.invalid-field");
        assertThat(foreign.path("detail").asText()).startsWith("prices[0].sku:");
        assertThat(assertProblem(app.post("/api/v1/price-lists", key, "{\"name\":\"x\",\"kind\":\"store\",\"target\":\"999\","
                + "\"prices\":[{\"sku\":" + mine + ",\"price\":\"1\"}]}"), 422, "pricing.invalid-field")
                .path("detail").asText()).startsWith("target:");
        assertThat(assertProblem(app.post("/api/v1/price-lists", key, "{\"name\":\"x\",\"kind\":\"store\",\"target\":\""
                + central + "\"}"), 422, "pricing.invalid-field").path("detail").asText()).startsWith("target:");
        assertThat(assertProblem(app.post("/api/v1/price-lists", key, "{\"name\":\"x\",\"kind\":\"store\",\"target\":\"S1\"}"),
                422, "pricing.invalid-field").path("detail").asText()).startsWith("target:");
        assertThat(json(app.get("/api/v1/price-lists", key)).path("items").size()).isZero();
        assertProblem(app.get("/api/v1/pricing/lookup?sku=" + theirs + "&date=2026-11-15", key), 404, "pricing.price-not-found");

        long store = json(app.post("/api/v1/warehouses", key, "{\"code\":\"S1\",\"kind\":\"store\"}")).path("id").asLong();
        list(key, "{\"name\":\"门店价\",\"kind\":\"store\",\"target\":\"" + store + "\",\"prices\":[{\"sku\":" + mine
                + ",\"price\":\"3\"}]}");
        assertThat(json(app.get("/api/v1/pricing/lookup?sku=" + mine + "&date=2026-11-15&storeId=" + store, key))
                .path("price").asText()).isEqualTo("3.00");
    }
}
