package io.xinling.persistence.tenancy;

import io.xinling.application.tenancy.Principal;
import io.xinling.application.tenancy.Role;
import io.xinling.application.tenancy.port.ApiKeyRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import org.jooq.DSLContext;
import org.jooq.Record4;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.xinling.persistence.jooq.Tables.API_KEYS;
import static io.xinling.persistence.jooq.Tables.USERS;

public final class JooqApiKeyRepository implements ApiKeyRepository {

    private final DSLContext dsl;

    public JooqApiKeyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(TenantId tenant, UserId user, byte[] keyHash, String prefix, Set<Role> roles, Instant at) {
        dsl.insertInto(API_KEYS)
                .set(API_KEYS.TENANT_ID, tenant.value())
                .set(API_KEYS.USER_ID, user.value())
                .set(API_KEYS.KEY_HASH, keyHash)
                .set(API_KEYS.KEY_PREFIX, prefix)
                .set(API_KEYS.ROLES, roles.stream().map(Role::wireName).sorted().toArray(String[]::new))
                .set(API_KEYS.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public Optional<Principal> findByHash(byte[] keyHash) {
        return dsl.select(API_KEYS.TENANT_ID, API_KEYS.USER_ID, USERS.NAME, API_KEYS.ROLES)
                .from(API_KEYS)
                .join(USERS).on(USERS.TENANT_ID.eq(API_KEYS.TENANT_ID).and(USERS.USER_ID.eq(API_KEYS.USER_ID)))
                .where(API_KEYS.KEY_HASH.eq(keyHash).and(API_KEYS.REVOKED_AT.isNull()))
                .fetchOptional()
                .map(JooqApiKeyRepository::toPrincipal);
    }

    @Override
    public boolean anyWithRole(TenantId tenant, Role role) {
        return dsl.fetchExists(API_KEYS, API_KEYS.TENANT_ID.eq(tenant.value())
                .and(API_KEYS.REVOKED_AT.isNull())
                .and(API_KEYS.ROLES.contains(new String[] {role.wireName()})));
    }

    private static Principal toPrincipal(Record4<Long, Long, String, String[]> row) {
        Set<Role> roles = Arrays.stream(row.value4()).map(Role::fromWireName)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        return new Principal(new TenantId(row.value1()), new UserId(row.value2()), row.value3(), roles);
    }
}
