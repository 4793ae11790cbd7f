package io.xinling.application.port;

import io.xinling.domain.kernel.TenantId;

import java.time.Instant;

/**
 * Remembers the first answer to a POST sent with an {@code Idempotency-Key}. A claim is committed on
 * its own, before the request's work, so a concurrent duplicate sees it in flight.
 */
public interface IdempotencyStore {

    /** What the store says about a key when a request arrives with it. */
    sealed interface Claim {
        /** First use of the key: go ahead, then {@link #complete} or {@link #release}. */
        record Fresh() implements Claim { }

        /** The same key and the same request were answered before: send this again. */
        record Replay(int status, String contentType, byte[] body) implements Claim { }

        /** The key was used for a different request. */
        record Mismatch() implements Claim { }

        /** The first request with this key is still being processed. */
        record InFlight() implements Claim { }
    }

    Claim claim(TenantId tenant, String key, String fingerprint, Instant now);

    void complete(TenantId tenant, String key, int status, String contentType, byte[] body, Instant now);

    /** Forgets an unfinished claim (the request failed unexpectedly), so the client may retry. */
    void release(TenantId tenant, String key);
}
