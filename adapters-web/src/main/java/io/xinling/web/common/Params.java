package io.xinling.web.common;

import io.javalin.http.Context;

/** Path and query parameters, refused with a problem when malformed. */
public final class Params {

    private Params() {
    }

    /** A positive id in the path; anything else names nothing, so it is a 404. */
    public static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ApiException.notFound("no " + name + " " + raw);
    }

    /** An optional whole-number query parameter within bounds; out of bounds or malformed is a 422. */
    public static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ApiException.unprocessable(name, "must be a whole number from " + min + " to " + max);
    }

    /** A required ISO date query parameter ({@code 2026-11-25}); missing or malformed is a 422. */
    public static java.time.LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        try {
            return java.time.LocalDate.parse(raw == null ? "" : raw.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.unprocessable(name, "an ISO date such as 2026-11-25 is required");
        }
    }
}
