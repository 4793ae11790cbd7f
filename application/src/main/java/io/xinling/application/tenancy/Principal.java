package io.xinling.application.tenancy;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.util.Objects;
import java.util.Set;

/** Who is calling: resolved from an API key. */
public record Principal(TenantId tenant, UserId user, String userName, Set<Role> roles) {

    public Principal {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(userName, "userName");
        roles = Set.copyOf(roles);
    }

    public boolean isPlatformAdmin() {
        return roles.contains(Role.PLATFORM_ADMIN);
    }

    public boolean hasAnyOf(Set<Role> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }
}
