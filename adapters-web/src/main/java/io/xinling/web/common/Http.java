package io.xinling.web.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.xinling.application.tenancy.Principal;
import io.xinling.domain.kernel.DomainError;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The shared helpers every handler uses to read a body and to answer. */
public final class Http {

    static final String BODY_ATTRIBUTE = "xinling.response-body";
    static final String PRINCIPAL_ATTRIBUTE = "xinling.principal";
    static final String REQUEST_ID_ATTRIBUTE = "xinling.request-id";
    private static final ObjectMapper MAPPER = Json.mapper();

    private Http() {
    }

    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL_ATTRIBUTE);
        if (principal == null) {
            throw new IllegalStateException("route outside the authenticated API asked for a principal");
        }
        return principal;
    }

    public static String requestId(Context ctx) {
        return ctx.attribute(REQUEST_ID_ATTRIBUTE);
    }

    /** Reads the JSON body into {@code type}; malformed JSON is 400, a body of the wrong shape 422. */
    public static <T> T body(Context ctx, Class<T> type) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw ApiException.badRequest("malformed-json", "a JSON body is required");
        }
        try {
            T value = MAPPER.readValue(bytes, type);
            if (value == null) {
                throw ApiException.badRequest("malformed-json", "a JSON object is required");
            }
            return value;
        } catch (StreamReadException e) {
            throw ApiException.badRequest("malformed-json", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.unprocessable(path(e), "unknown field");
        } catch (JsonMappingException e) {
            throw ApiException.unprocessable(path(e), Json.NUL.equals(e.getOriginalMessage()) ? Json.NUL : "has the wrong type or shape");
        } catch (IOException e) {
            throw ApiException.badRequest("malformed-json", "the body could not be read");
        }
    }

    /** Reads the JSON body as an object of arbitrary fields (for definitions read by a domain factory). */
    public static Map<String, Object> jsonObject(Context ctx) {
        return body(ctx, JsonObject.class);
    }

    /** A JSON object with any fields. */
    static final class JsonObject extends java.util.LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    /** Right as {@code status} with the mapped body, Left as its problem document. */
    public static <E extends DomainError, T> void reply(Context ctx, Either<E, T> result, int status, Function<T, ?> toBody) {
        result.fold(error -> {
            problem(ctx, ErrorStatus.problem(error));
            return null;
        }, value -> {
            json(ctx, status, toBody.apply(value));
            return null;
        });
    }

    public static void json(Context ctx, int status, Object body) {
        write(ctx, status, "application/json", body);
    }

    public static void problem(Context ctx, Problem problem) {
        write(ctx, problem.status(), Problem.CONTENT_TYPE, problem.at(ctx.path(), requestId(ctx)));
    }

    private static void write(Context ctx, int status, String contentType, Object body) {
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serializable", e);
        }
        ctx.attribute(BODY_ATTRIBUTE, bytes);
        ctx.status(status).contentType(contentType).result(bytes);
    }

    private static String path(JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        if (refs.isEmpty()) {
            return "body";
        }
        return refs.stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
