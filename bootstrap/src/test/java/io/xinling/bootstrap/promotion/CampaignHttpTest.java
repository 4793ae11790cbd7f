package io.xinling.bootstrap.promotion;

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

/** Campaigns (促销活动) group schemes and move them through the lifecycle together (spec 3.1). */
class CampaignHttpTest {

    private static final String ORDER = order("S1", "POS", "2026-11-11T12:00:00");

    private static String order(String store, String channel, String at) {
        return "{\"store\":\"" + store + "\",\"channel\":\"" + channel + "\",\"at\":\"" + at + "\","
                + "\"lines\":[{\"lineNo\":1,\"sku\":\"D\",\"unitPrice\":\"100.00\",\"quantity\":\"1\"}]}";
    }

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
    void a_campaign_moves_its_schemes_bounds_them_to_its_window_stores_and_channels_and_the_order_names_their_versions() {
        IssuedKey admin = app.newTenant("admin");
        scheme(admin, "mj");
        scheme(admin, "sp");
        HttpResponse<String> created = app.post("/api/v1/promotions/campaigns", admin.key(), """
                {"id":"double11","name":"双十一","start":"2026-11-11T00:00","end":"2026-11-12T00:00","stores":["S1"],
                 "channels":["POS"],"schemeIds":["mj"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).path("status").asText()).isEqualTo("draft");
        JsonNode added = json(app.post("/api/v1/promotions/campaigns/double11/schemes", admin.key(), "{\"schemeIds\":[\"sp\"]}"));
        assertThat(added.path("schemeIds")).hasSize(2);

        for (String action : new String[] {"submit", "approve", "activate"}) {
            JsonNode moved = json(app.post("/api/v1/promotions/campaigns/double11/" + action, admin.key(), ""));
            assertThat(moved.path("schemes")).allSatisfy(s -> assertThat(s.path("status").asText())
                    .isEqualTo(moved.path("status").asText()));
        }
        JsonNode priced = json(app.post("/api/v1/promotions/preview", admin.key(), ORDER));
        assertThat(priced.path("payable").asText()).as("特价 90.00, then 满100减20 no longer reached").isEqualTo("90.00");
        assertThat(priced.path("applied").get(0).path("schemeId").asText()).isEqualTo("sp");
        assertThat(priced.path("applied").get(0).path("version").asInt()).isEqualTo(1);
        assertThat(priced.path("lines").get(0).path("adjustments").get(0).path("version").asInt()).isEqualTo(1);

        // The campaign bounds its schemes: its window, stores and channels.
        for (String outside : new String[] {order("S1", "POS", "2026-11-12T00:00:00"), order("S1", "POS", "2026-11-10T23:59:00"),
                order("S2", "POS", "2026-11-11T12:00:00"), order("S1", "WEB", "2026-11-11T12:00:00")}) {
            assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), outside)).path("payable").asText())
                    .as(outside).isEqualTo("100.00");
        }
        assertThat(json(app.get("/api/v1/promotions/active?store=S1&date=2026-11-11", admin.key()))).hasSize(2);
        assertThat(json(app.get("/api/v1/promotions/active?store=S1&date=2026-11-12", admin.key()))).isEmpty();
        assertThat(json(app.get("/api/v1/promotions/active?store=S2&date=2026-11-11", admin.key()))).isEmpty();

        assertThat(json(app.post("/api/v1/promotions/campaigns/double11/pause", admin.key(), "")).path("status").asText())
                .isEqualTo("paused");
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), ORDER)).path("payable").asText())
                .as("pausing the campaign paused its schemes").isEqualTo("100.00");
        assertThat(json(app.get("/api/v1/promotions/schemes/sp", admin.key())).path("status").asText()).isEqualTo("paused");
        assertProblem(app.post("/api/v1/promotions/campaigns/double11/approve", admin.key(), ""), 409,
                "promotion.illegal-campaign-transition");
        assertThat(json(app.get("/api/v1/promotions/campaigns", admin.key()))).hasSize(1);
    }

    @Test
    void the_list_shows_the_schemes_of_each_campaign_as_the_single_read_does() {
        IssuedKey admin = app.newTenant("admin");
        scheme(admin, "mj");
        scheme(admin, "sp");
        assertThat(app.post("/api/v1/promotions/campaigns", admin.key(),
                "{\"id\":\"c1\",\"name\":\"x\",\"schemeIds\":[\"mj\",\"sp\"]}").statusCode()).isEqualTo(201);
        assertThat(app.post("/api/v1/promotions/campaigns", admin.key(), "{\"id\":\"c2\",\"name\":\"y\"}").statusCode())
                .isEqualTo(201);
        assertThat(app.post("/api/v1/promotions/campaigns/c1/submit", admin.key(), "").statusCode()).isEqualTo(200);

        JsonNode listed = json(app.get("/api/v1/promotions/campaigns", admin.key()));
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).path("schemes").findValuesAsText("id")).containsExactly("mj", "sp");
        assertThat(listed.get(0).path("schemes").findValuesAsText("status")).containsExactly("pending-approval", "pending-approval");
        assertThat(listed.get(0).path("schemes")).isEqualTo(json(app.get("/api/v1/promotions/campaigns/c1", admin.key())).path("schemes"));
        assertThat(listed.get(1).path("schemes")).isEmpty();
    }

    @Test
    void bad_campaigns_are_refused_and_nothing_is_saved() {
        IssuedKey admin = app.newTenant("admin");
        scheme(admin, "mj");
        JsonNode empty = assertProblem(app.post("/api/v1/promotions/campaigns", admin.key(),
                "{\"id\":\"c1\",\"name\":\"x\",\"start\":\"2026-11-12T00:00\",\"end\":\"2026-11-12T00:00\"}"), 422,
                "promotion.invalid-field");
        assertThat(empty.path("detail").asText()).startsWith("end:");
        assertProblem(app.post("/api/v1/promotions/campaigns", admin.key(), "{\"id\":\"c 1\",\"name\":\"x\"}"), 422,
                "promotion.invalid-field");
        assertProblem(app.post("/api/v1/promotions/campaigns", admin.key(), "{\"id\":\"c1\",\"name\":\"x\",\"schemeIds\":[\"nope\"]}"),
                404, "promotion.scheme-not-found");
        for (String list : new String[] {"stores", "channels", "schemeIds"}) {
            JsonNode nul = assertProblem(app.post("/api/v1/promotions/campaigns", admin.key(),
                    "{\"id\":\"c1\",\"name\":\"x\",\"" + list + "\":[\"S1\",null]}"), 422, "validation-failed");
            assertThat(nul.path("detail").asText()).startsWith(list + "[1]:");
        }
        assertProblem(app.get("/api/v1/promotions/campaigns/c1", admin.key()), 404, "promotion.campaign-not-found");
        assertThat(app.post("/api/v1/promotions/campaigns", admin.key(), "{\"id\":\"c1\",\"name\":\"x\",\"schemeIds\":[\"mj\"]}")
                .statusCode()).isEqualTo(201);
        assertProblem(app.post("/api/v1/promotions/campaigns", admin.key(), "{\"id\":\"c1\",\"name\":\"y\"}"), 409,
                "promotion.campaign-conflict");
        assertThat(app.post("/api/v1/promotions/campaigns", admin.key(), "{\"id\":\"c2\",\"name\":\"y\"}").statusCode()).isEqualTo(201);
        assertProblem(app.post("/api/v1/promotions/campaigns/c2/schemes", admin.key(), "{\"schemeIds\":[\"mj\"]}"), 409,
                "promotion.campaign-conflict");
        assertProblem(app.post("/api/v1/promotions/campaigns/c2/schemes", admin.key(), "{\"schemeIds\":[null]}"), 422,
                "validation-failed");
        assertProblem(app.post("/api/v1/promotions/campaigns/c2/submit", app.keyFor(admin.tenant().value(), "cashier").key(), ""),
                403, "forbidden");
    }

    @Test
    void an_active_scheme_joining_a_campaign_is_bounded_by_it_at_once() {
        IssuedKey admin = app.newTenant("admin");
        scheme(admin, "sp");
        for (String action : new String[] {"submit", "approve", "activate"}) {
            assertThat(app.post("/api/v1/promotions/schemes/sp/" + action, admin.key(), "").statusCode()).isEqualTo(200);
        }
        String late = order("S1", "POS", "2026-11-25T12:00:00");
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), late)).path("payable").asText()).isEqualTo("90.00");
        assertThat(app.post("/api/v1/promotions/campaigns", admin.key(), """
                {"id":"d11","name":"双十一","start":"2026-11-11T00:00","end":"2026-11-12T00:00","schemeIds":["sp"]}""")
                .statusCode()).isEqualTo(201);
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), late)).path("payable").asText())
                .as("the cached active schemes saw the campaign").isEqualTo("100.00");
        assertThat(json(app.post("/api/v1/promotions/preview", admin.key(), ORDER)).path("payable").asText()).isEqualTo("90.00");
    }

    private static void scheme(IssuedKey admin, String id) {
        String body = id.equals("mj")
                ? "{\"type\":\"threshold_amount_off\",\"id\":\"mj\",\"params\":{\"tiers\":[{\"threshold\":\"100.00\",\"amount\":\"20.00\"}]}}"
                : "{\"type\":\"special_price\",\"id\":\"" + id + "\",\"params\":{\"price\":\"90.00\"},\"scope\":{\"skus\":[\"D\"]}}";
        assertThat(app.post("/api/v1/promotions/schemes", admin.key(), body).statusCode()).isEqualTo(201);
    }
}
