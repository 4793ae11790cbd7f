package io.xinling.persistence.common;

import io.xinling.application.port.IdempotencyStore;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.jooq.tables.records.IdempotencyKeysRecord;
import org.jooq.DSLContext;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.xinling.persistence.jooq.Tables.IDEMPOTENCY_KEYS;

/**
 * Idempotency keys in PostgreSQL. A claim is an insert that commits at once (outside any request
 * transaction); the primary key makes a concurrent duplicate see the first claim. A claim left
 * unfinished for longer than {@code staleAfter} (a crashed node) may be taken over.
 */
public final class JooqIdempotencyStore implements IdempotencyStore {

    private final DSLContext dsl;
    private final Duration staleAfter;

    public JooqIdempotencyStore(DSLContext dsl, Duration staleAfter) {
        this.dsl = dsl;
        this.staleAfter = staleAfter;
    }

    @Override
    public Claim claim(TenantId tenant, String key, String fingerprint, Instant now) {
        int inserted = dsl.insertInto(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.TENANT_ID, tenant.value())
                .set(IDEMPOTENCY_KEYS.IDEM_KEY, key)
                .set(IDEMPOTENCY_KEYS.FINGERPRINT, fingerprint)
                .set(IDEMPOTENCY_KEYS.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        if (inserted == 1) {
            return new Claim.Fresh();
        }
        IdempotencyKeysRecord row = dsl.selectFrom(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.TENANT_ID.eq(tenant.value()).and(IDEMPOTENCY_KEYS.IDEM_KEY.eq(key)))
                .fetchOne();
        if (row == null) {
            return claim(tenant, key, fingerprint, now); // released meanwhile
        }
        if (!row.getFingerprint().equals(fingerprint)) {
            return new Claim.Mismatch();
        }
        if (row.getStatus() != null) {
            return new Claim.Replay(row.getStatus(), row.getContentType(), row.getResponseBody());
        }
        return takeOverIfStale(tenant, key, fingerprint, row, now);
    }

    private Claim takeOverIfStale(TenantId tenant, String key, String fingerprint, IdempotencyKeysRecord row, Instant now) {
        if (row.getCreatedAt().toInstant().plus(staleAfter).isAfter(now)) {
            return new Claim.InFlight();
        }
        int taken = dsl.update(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .where(IDEMPOTENCY_KEYS.TENANT_ID.eq(tenant.value())
                        .and(IDEMPOTENCY_KEYS.IDEM_KEY.eq(key))
                        .and(IDEMPOTENCY_KEYS.FINGERPRINT.eq(fingerprint))
                        .and(IDEMPOTENCY_KEYS.STATUS.isNull())
                        .and(IDEMPOTENCY_KEYS.CREATED_AT.eq(row.getCreatedAt())))
                .execute();
        return taken == 1 ? new Claim.Fresh() : new Claim.InFlight();
    }

    @Override
    public void complete(TenantId tenant, String key, int status, String contentType, byte[] body, Instant now) {
        dsl.update(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.STATUS, status)
                .set(IDEMPOTENCY_KEYS.CONTENT_TYPE, contentType)
                .set(IDEMPOTENCY_KEYS.RESPONSE_BODY, body)
                .set(IDEMPOTENCY_KEYS.COMPLETED_AT, now.atOffset(ZoneOffset.UTC))
                .where(IDEMPOTENCY_KEYS.TENANT_ID.eq(tenant.value()).and(IDEMPOTENCY_KEYS.IDEM_KEY.eq(key)))
                .execute();
    }

    @Override
    public void release(TenantId tenant, String key) {
        dsl.deleteFrom(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.TENANT_ID.eq(tenant.value())
                        .and(IDEMPOTENCY_KEYS.IDEM_KEY.eq(key))
                        .and(IDEMPOTENCY_KEYS.STATUS.isNull()))
                .execute();
    }
}
