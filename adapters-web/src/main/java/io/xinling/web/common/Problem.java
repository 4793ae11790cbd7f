package io.xinling.web.common;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is stable per error; {@code code} repeats the domain
 * error code for clients that switch on it; {@code errors} names each offending field.
 */
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      String requestId, List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://xinling.io/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, slug, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, code, requestId, fieldErrors);
    }

    public Problem at(String path, String id) {
        return new Problem(type, title, status, detail, path, code, id, errors);
    }
}
