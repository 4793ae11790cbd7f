package io.xinling.bootstrap.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.xinling.bootstrap.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The served OpenAPI document names exactly the routes the application registers. */
class OpenApiDocumentTest {

    private static final Set<HandlerType> ROUTE_TYPES = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

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
    void document_and_routes_match_exactly() {
        var response = app.get("/api/v1/openapi.json", app.newTenant("viewer").key());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.path("openapi").asText()).startsWith("3.1");

        Set<String> documented = new TreeSet<>();
        for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> methods = document.path("paths").path(path).fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (!method.equals("parameters")) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        Set<String> registered = new TreeSet<>();
        for (ParsedEndpoint endpoint : app.javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (ROUTE_TYPES.contains(endpoint.endpoint.method)) {
                registered.add(endpoint.endpoint.method + " " + endpoint.endpoint.path);
            }
        }
        assertThat(registered).as("routes missing from the document").isSubsetOf(documented);
        assertThat(documented).as("documented routes that do not exist").isSubsetOf(registered);
    }

    @Test
    void trade_documents_name_every_kind_their_409s_and_refuse_unknown_fields() {
        JsonNode document = json(app.get("/api/v1/openapi.json", app.adminKey()));
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("TradeDocument").path("properties").path("kind").path("enum").toString())
                .contains("\"purchase-return\"");
        for (String path : List.of("/api/v1/sales/deliveries", "/api/v1/purchases/receipts")) {
            assertThat(document.path("paths").path(path).path("post").path("responses").has("409")).as(path).isTrue();
        }
        for (String schema : List.of("TradeDocumentRequest", "TradeDocumentLineRequest")) {
            assertThat(schemas.path(schema).path("additionalProperties").isBoolean()).as(schema).isTrue();
            assertThat(schemas.path(schema).path("additionalProperties").asBoolean()).as(schema).isFalse();
        }
    }

    @Test
    void every_api_operation_names_its_roles() {
        JsonNode paths = json(app.get("/api/v1/openapi.json", app.adminKey())).path("paths");
        paths.fieldNames().forEachRemaining(path -> {
            if (path.startsWith("/api/v1")) {
                paths.path(path).fields().forEachRemaining(op ->
                        assertThat(op.getValue().has("x-roles")).as(op.getKey() + " " + path).isTrue());
            }
        });
    }

    @Test
    void the_promotion_schemas_say_what_the_server_checks() {
        JsonNode schemas = json(app.get("/api/v1/openapi.json", app.adminKey())).path("components").path("schemas");
        for (String schema : new String[] {"CouponTypeRequest", "CouponType"}) {
            String pattern = schemas.path(schema).path("properties").path("faceValue").path("pattern").asText();
            assertThat("-5.00".matches(pattern)).as(schema + " faceValue: the server refuses negatives").isFalse();
            assertThat("5.00".matches(pattern)).as(schema).isTrue();
        }
        assertThat(schemas.path("PreviewRequest").path("properties").path("lines").path("items").path("additionalProperties")
                .isBoolean()).as("preview lines refuse unknown fields").isTrue();
        assertThat(schemas.path("PreviewRequest").path("properties").path("lines").path("items").path("additionalProperties")
                .asBoolean(true)).isFalse();
        assertThat(schemas.path("SchemeDefinition").path("properties").path("params").path("description").asText())
                .contains("payRate").contains("\"85\"");
    }
}
