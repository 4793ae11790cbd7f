package io.xinling.application.tenancy.port;

import io.xinling.application.tenancy.Tenant;
import io.xinling.domain.kernel.TenantId;

import java.time.Instant;
import java.util.Optional;

public interface TenantRepository {

    /** The new tenant, or empty when the name is taken. */
    Optional<Tenant> create(String name, Instant createdAt);

    Optional<Tenant> find(TenantId id);

    Optional<Tenant> findByName(String name);
}
