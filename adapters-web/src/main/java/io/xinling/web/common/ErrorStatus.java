package io.xinling.web.common;

import io.xinling.domain.kernel.DomainError;

import java.util.Map;

/**
 * The one table from domain error codes to HTTP statuses. Explicit entries win; otherwise the code's
 * last segment decides ({@code …-not-found} 404, {@code …-conflict}, {@code illegal-…}, {@code already-…}
 * 409), and every other refusal of a well-formed request is 422.
 */
public final class ErrorStatus {

    private static final Map<String, Integer> EXPLICIT = Map.of(
            "tenancy.tenant-not-found", 404,
            "catalog.duplicate-barcode", 409,
            "inventory.duplicate-serial", 422,
            "inventory.has-dependants", 409,
            "inventory.reference-not-posted", 409,
            "inventory.unknown-document", 422);

    private ErrorStatus() {
    }

    public static int of(DomainError error) {
        Integer explicit = EXPLICIT.get(error.code());
        if (explicit != null) {
            return explicit;
        }
        String last = error.code().substring(error.code().lastIndexOf('.') + 1);
        if (last.endsWith("not-found")) {
            return 404;
        }
        if (last.endsWith("conflict") || last.startsWith("illegal-") || last.startsWith("already-")) {
            return 409;
        }
        return 422;
    }

    public static Problem problem(DomainError error) {
        int status = of(error);
        String title = switch (status) {
            case 404 -> "Not found";
            case 409 -> "Conflict";
            default -> "Unprocessable request";
        };
        return new Problem(Problem.TYPE_BASE + error.code(), title, status, error.message(), null, error.code(), null, null);
    }
}
