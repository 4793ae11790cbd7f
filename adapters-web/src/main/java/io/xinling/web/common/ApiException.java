package io.xinling.web.common;

/** Refuses a request before it reaches a use case (bad JSON, missing key, wrong role…). */
public final class ApiException extends RuntimeException {

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException badRequest(String slug, String detail) {
        return new ApiException(Problem.of(400, slug, "Bad request", detail));
    }

    /** A 422 naming {@code field}; a message that already starts with the field's name (a domain error's) is not prefixed twice. */
    public static ApiException unprocessable(String field, String message) {
        if (message.startsWith(field + ": ")) {
            message = message.substring(field.length() + 2);
        }
        return new ApiException(Problem.of(422, "validation-failed", "Validation failed", field + ": " + message)
                .withErrors(java.util.List.of(new Problem.FieldError(field, message))));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Problem.of(404, "not-found", "Not found", detail));
    }
}
