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

/** Categories as a tree, brands, and products with names in several languages, a brand and images, over HTTP. */
class CatalogTreeHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static long create(IssuedKey key, String path, String body) {
        HttpResponse<String> response = app.post(path, key.key(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asLong();
    }

    private static HttpResponse<String> put(IssuedKey key, String path, String body) {
        return app.put(path, key.key(), body);
    }

    @Test
    void a_tree_of_categories_is_built_moved_and_never_made_cyclic() {
        IssuedKey key = app.newTenant("warehouse");
        long food = create(key, "/api/v1/categories", """
                {"code":"FOOD","names":{"zh-CN":"食品","en":"Food"}}""");
        long drinks = create(key, "/api/v1/categories", """
                {"code":"DRINK","name":"饮料","parentId":%d}""".formatted(food));
        long tea = create(key, "/api/v1/categories", """
                {"code":"TEA","name":"茶饮料","parentId":%d}""".formatted(drinks));

        JsonNode all = json(app.get("/api/v1/categories", key.key()));
        assertThat(all.findValuesAsText("code")).containsExactly("FOOD", "DRINK", "TEA");
        assertThat(all.get(2).path("path").toString()).isEqualTo("[%d,%d,%d]".formatted(food, drinks, tea));
        assertThat(all.get(0).path("names").path("en").asText()).isEqualTo("Food");

        assertProblem(put(key, "/api/v1/categories/" + food, """
                {"name":"食品","parentId":%d}""".formatted(tea)), 422, "catalog.category-cycle");
        assertProblem(put(key, "/api/v1/categories/" + food, """
                {"name":"食品","parentId":%d}""".formatted(food)), 422, "catalog.category-cycle");
        assertThat(json(app.get("/api/v1/categories", key.key())).get(0).hasNonNull("parentId")).isFalse();

        HttpResponse<String> moved = put(key, "/api/v1/categories/" + tea, """
                {"names":{"zh-CN":"茶","en":"Tea"},"parentId":null}""");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved).path("path").toString()).isEqualTo("[%d]".formatted(tea));
        assertThat(json(moved).path("code").asText()).isEqualTo("TEA");
    }

    @Test
    void a_product_carries_names_in_several_languages_a_category_a_brand_and_images() {
        IssuedKey key = app.newTenant("warehouse");
        long drinks = create(key, "/api/v1/categories", """
                {"code":"DRINK","name":"饮料"}""");
        long brand = create(key, "/api/v1/brands", """
                {"code":"NF","names":{"zh-CN":"农夫山泉","en":"Nongfu Spring"}}""");
        long product = create(key, "/api/v1/products", """
                {"code":"P-1","names":{"zh-CN":"矿泉水","en":"Mineral water"},"categoryId":%d,"brandId":%d,
                 "images":["https://img.example.cn/p1.jpg"],
                 "skus":[{"code":"P-1-550","name":"矿泉水550ml","baseUnit":"瓶","taxRate":"13"}]}""".formatted(drinks, brand));

        JsonNode read = json(app.get("/api/v1/products/" + product, key.key()));
        assertThat(read.path("name").asText()).isEqualTo("矿泉水");
        assertThat(read.path("names").path("en").asText()).isEqualTo("Mineral water");
        assertThat(read.path("categoryId").asLong()).isEqualTo(drinks);
        assertThat(read.path("brandId").asLong()).isEqualTo(brand);
        assertThat(read.path("images").get(0).asText()).isEqualTo("https://img.example.cn/p1.jpg");
        assertThat(read.path("skus").get(0).path("code").asText()).isEqualTo("P-1-550");
        assertThat(json(app.get("/api/v1/brands", key.key())).get(0).path("names").path("en").asText())
                .isEqualTo("Nongfu Spring");
        assertProblem(app.get("/api/v1/products/" + (product + 100_000), key.key()), 404, "catalog.product-not-found");
        assertProblem(app.get("/api/v1/products/" + product, app.newTenant("viewer").key()), 404,
                "catalog.product-not-found");
    }

    @Test
    void bad_catalog_input_is_refused_and_writes_nothing() {
        IssuedKey key = app.newTenant("warehouse");
        String product = """
                {"code":"P-9","name":"水","categoryId":%s,"brandId":%s,"images":%s,
                 "skus":[{"code":"P-9-1","baseUnit":"瓶","taxRate":"13"}]}""";
        assertProblem(app.post("/api/v1/products", key.key(), product.formatted("999999", "null", "[]")), 422,
                "catalog.unknown-category");
        assertProblem(app.post("/api/v1/products", key.key(), product.formatted("null", "999999", "[]")), 422,
                "inventory.invalid-field");
        assertProblem(app.post("/api/v1/products", key.key(), product.formatted("null", "null", "[\"ftp://x/y.png\"]")),
                422, "inventory.invalid-field");
        assertProblem(app.post("/api/v1/categories", key.key(), """
                {"code":"X","names":{"en":"Only English"}}"""), 422, "inventory.invalid-field");
        assertProblem(app.post("/api/v1/categories", key.key(), """
                {"code":"X","name":"子类","parentId":999999}"""), 422, "catalog.unknown-category");
        assertProblem(app.post("/api/v1/categories", key.key(), """
                {"name":"无编码"}"""), 422, "inventory.invalid-field");
        assertThat(json(app.get("/api/v1/categories", key.key())).size()).isZero();

        create(key, "/api/v1/brands", """
                {"code":"B","name":"牌子"}""");
        assertProblem(app.post("/api/v1/brands", key.key(), """
                {"code":"B","name":"另一个"}"""), 409, "catalog.code-conflict");
        assertThat(json(app.get("/api/v1/brands", key.key())).size()).isEqualTo(1);
        assertProblem(app.post("/api/v1/brands", app.newTenant("viewer").key(), """
                {"code":"V","name":"v"}"""), 403, "forbidden");
    }
}
