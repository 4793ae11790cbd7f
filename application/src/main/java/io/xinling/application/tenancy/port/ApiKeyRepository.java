package io.xinling.application.tenancy.port;

import io.xinling.application.tenancy.Principal;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** API keys by hash. The clear key never reaches this port. */
public interface ApiKeyRepository {

    void save(TenantId tenant, UserId user, byte[] keyHash, String prefix, Set<Role> roles, Instant at);

    /** The caller a key hash belongs to, if it is known and not revoked. */
    Optional<Principal> findByHash(byte[] keyHash);

    boolean anyWithRole(TenantId tenant, Role role);
}
