package io.xinling.web.common;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.xinling.application.port.ConcurrentConflict;
import io.xinling.application.port.IdempotencyStore;
import io.xinling.application.tenancy.AuthenticateUseCase;
import io.xinling.application.tenancy.Principal;
import io.xinling.web.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What every request passes through: request id, body limit, authentication, role check, content
 * type, idempotency, problem documents for every error, one access-log line.
 */
public final class Pipeline {

    private static final Logger ACCESS = LoggerFactory.getLogger("io.xinling.access");
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final String API = "/api/v1";
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Set<HandlerType> WITH_BODY = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH);

    private final WebSettings settings;
    private final Authentication authentication;
    private final Idempotency idempotency;

    public Pipeline(WebSettings settings, AuthenticateUseCase authenticate, IdempotencyStore store, Clock clock) {
        this.settings = settings;
        this.authentication = new Authentication(authenticate);
        this.idempotency = new Idempotency(store, clock);
    }

    public void install(JavalinConfig config) {
        config.routes.before(this::start);
        config.routes.before(API + "/*", authentication::authenticate);
        config.routes.beforeMatched(API + "/*", this::gate);
        config.routes.after(API + "/*", idempotency::after);
        config.routes.exception(ApiException.class, (e, ctx) -> Http.problem(ctx, e.problem()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> Http.problem(ctx, fromJavalin(e)));
        config.routes.exception(ConcurrentConflict.class, (e, ctx) -> Http.problem(ctx, Problem.of(409,
                "concurrent-conflict", "Concurrent update", e.getMessage())));
        config.routes.exception(Exception.class, this::unexpected);
        config.routes.error(404, "*", ctx -> orProblem(ctx, Problem.of(404, "not-found", "Not found",
                "no route " + ctx.method() + " " + ctx.path())));
        config.routes.error(405, "*", ctx -> orProblem(ctx, Problem.of(405, "method-not-allowed",
                "Method not allowed", ctx.method() + " is not allowed on " + ctx.path())));
        config.requestLogger.http(this::access);
    }

    private void start(Context ctx) {
        String given = ctx.header("X-Request-Id");
        String id = given != null && REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(Http.REQUEST_ID_ATTRIBUTE, id);
        ctx.header("X-Request-Id", id);
        if (encodesNul(ctx.req().getQueryString())) {
            String parameter = ctx.queryParamMap().entrySet().stream()
                    .filter(p -> p.getKey().indexOf('\0') < 0 && p.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0))
                    .map(Map.Entry::getKey).findFirst().orElse("query");
            throw ApiException.unprocessable(parameter, "may not contain the NUL character (%00)");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > settings.maxBodyBytes()) {
            throw new ApiException(Problem.of(413, "body-too-large", "Body too large",
                    "the body has " + length + " bytes; the limit is " + settings.maxBodyBytes()));
        }
    }

    private void gate(Context ctx) {
        authentication.authorize(ctx);
        if (WITH_BODY.contains(ctx.method()) && hasBody(ctx) && !isJson(ctx.contentType())) {
            throw new ApiException(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "send the body as application/json"));
        }
        idempotency.before(ctx);
    }

    /**
     * Whether a raw (still percent-encoded) query string encodes U+0000, which no text column can hold; Jetty itself
     * refuses a path that does ({@link ProblemErrorHandler}).
     */
    private static boolean encodesNul(String raw) {
        return raw != null && raw.indexOf('%') >= 0 && raw.toLowerCase(java.util.Locale.ROOT).contains("%00");
    }

    private static boolean hasBody(Context ctx) {
        return ctx.req().getContentLengthLong() != 0;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static Problem fromJavalin(HttpResponseException e) {
        int status = e.getStatus();
        String slug = switch (status) {
            case 413 -> "body-too-large";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
        return Problem.of(status, slug, e.getMessage() == null ? "Error" : e.getMessage(), e.getMessage());
    }

    private void unexpected(Exception e, Context ctx) {
        LOG.error("request {} {} failed, request id {}", ctx.method(), ctx.path(), Http.requestId(ctx), e);
        Http.problem(ctx, Problem.of(500, "internal-error", "Internal error",
                "an unexpected error occurred; quote the request id " + Http.requestId(ctx)));
    }

    private static void orProblem(Context ctx, Problem problem) {
        if (ctx.attribute(Http.BODY_ATTRIBUTE) == null) {
            Http.problem(ctx, problem);
        }
    }

    private void access(Context ctx, Float millis) {
        Principal principal = ctx.attribute(Http.PRINCIPAL_ATTRIBUTE);
        if (!ACCESS.isInfoEnabled()) {
            return;
        }
        long tenths = Math.round(millis * 10);
        ACCESS.info("{} {} {} {}.{}ms request={} tenant={}", ctx.method(), ctx.path(), ctx.statusCode(), tenths / 10,
                tenths % 10, Http.requestId(ctx), principal == null ? "-" : principal.tenant());
    }
}
