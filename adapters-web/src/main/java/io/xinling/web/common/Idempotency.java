package io.xinling.web.common;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.xinling.application.port.IdempotencyStore;
import io.xinling.application.port.IdempotencyStore.Claim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * {@code Idempotency-Key} on POST: a replay of the same key and body returns the first status and
 * body; the same key with another request is 422; a duplicate still in flight is 409. A request that
 * ends in a 5xx releases its key so the client can retry.
 */
final class Idempotency {

    private static final String CLAIMED = "xinling.idempotency-claimed";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final Clock clock;

    Idempotency(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void before(Context ctx) {
        String key = ctx.header("Idempotency-Key");
        if (key == null || ctx.method() != HandlerType.POST) {
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiException.badRequest("invalid-idempotency-key", "Idempotency-Key must have 1 to 255 characters");
        }
        var tenant = Http.principal(ctx).tenant();
        Claim claim = store.claim(tenant, key, fingerprint(ctx), clock.instant());
        if (claim instanceof Claim.Replay replay) {
            ctx.status(replay.status()).contentType(replay.contentType()).result(replay.body());
            ctx.header("Idempotent-Replayed", "true");
            ctx.skipRemainingHandlers();
        } else if (claim instanceof Claim.Mismatch) {
            throw new ApiException(Problem.of(422, "idempotency-key-reused", "Idempotency key reused",
                    "this Idempotency-Key was used with a different request"));
        } else if (claim instanceof Claim.InFlight) {
            throw new ApiException(Problem.of(409, "idempotency-key-in-flight", "Request in progress",
                    "a request with this Idempotency-Key is still being processed"));
        } else {
            ctx.attribute(CLAIMED, key);
        }
    }

    void after(Context ctx) {
        String key = ctx.attribute(CLAIMED);
        if (key == null) {
            return;
        }
        var tenant = Http.principal(ctx).tenant();
        byte[] body = ctx.attribute(Http.BODY_ATTRIBUTE);
        if (ctx.statusCode() >= 500 || body == null) {
            store.release(tenant, key);
        } else {
            store.complete(tenant, key, ctx.statusCode(), ctx.res().getContentType(), body, clock.instant());
        }
    }

    private static String fingerprint(Context ctx) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(ctx.bodyAsBytes());
            return ctx.method() + " " + ctx.path() + " " + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
