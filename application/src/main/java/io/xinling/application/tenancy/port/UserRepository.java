package io.xinling.application.tenancy.port;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.Instant;

public interface UserRepository {

    /** The user of that name in the tenant, created when absent. */
    UserId findOrCreate(TenantId tenant, String name, Instant at);
}
