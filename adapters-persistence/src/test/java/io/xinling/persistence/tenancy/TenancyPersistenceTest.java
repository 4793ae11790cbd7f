package io.xinling.persistence.tenancy;

import io.xinling.application.tenancy.ApiKeys;
import io.xinling.application.tenancy.Principal;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.persistence.common.Database;
import io.xinling.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TenancyPersistenceTest {

    private final Database db = TestDatabase.database();
    private final JooqTenantRepository tenants = new JooqTenantRepository(db.dsl());
    private final JooqUserRepository users = new JooqUserRepository(db.dsl());
    private final JooqApiKeyRepository keys = new JooqApiKeyRepository(db.dsl());

    @Test
    void a_key_is_found_by_its_hash_only_and_resolves_tenant_user_and_roles() {
        TenantId tenant = tenants.create(TestDatabase.uniqueName("keys"), Instant.now()).orElseThrow().id();
        UserId user = users.findOrCreate(tenant, "alice", Instant.now());
        String key = ApiKeys.generate();
        keys.save(tenant, user, ApiKeys.hash(key), ApiKeys.prefix(key), EnumSet.of(Role.SALES, Role.VIEWER), Instant.now());

        Optional<Principal> found = keys.findByHash(ApiKeys.hash(key));
        assertThat(found).contains(new Principal(tenant, user, "alice", EnumSet.of(Role.SALES, Role.VIEWER)));
        assertThat(keys.findByHash(ApiKeys.hash(key + "x"))).isEmpty();
        assertThat(keys.anyWithRole(tenant, Role.SALES)).isTrue();
        assertThat(keys.anyWithRole(tenant, Role.ADMIN)).isFalse();
    }

    @Test
    void the_clear_key_is_never_stored() {
        TenantId tenant = tenants.create(TestDatabase.uniqueName("clear"), Instant.now()).orElseThrow().id();
        UserId user = users.findOrCreate(tenant, "bob", Instant.now());
        String key = ApiKeys.generate();
        keys.save(tenant, user, ApiKeys.hash(key), ApiKeys.prefix(key), EnumSet.of(Role.ADMIN), Instant.now());

        Integer hits = db.dsl().fetchSingle(
                "select count(*)::int from api_keys where encode(key_hash, 'escape') like ? or key_prefix = ?",
                "%" + key + "%", key).into(Integer.class);
        assertThat(hits).isZero();
    }

    @Test
    void find_or_create_user_is_stable_per_name() {
        TenantId tenant = tenants.create(TestDatabase.uniqueName("users"), Instant.now()).orElseThrow().id();
        UserId first = users.findOrCreate(tenant, "carol", Instant.now());
        assertThat(users.findOrCreate(tenant, "carol", Instant.now())).isEqualTo(first);
        assertThat(users.findOrCreate(tenant, "dave", Instant.now())).isNotEqualTo(first);
    }
}
