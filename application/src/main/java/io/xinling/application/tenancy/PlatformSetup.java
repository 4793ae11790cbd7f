package io.xinling.application.tenancy;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.tenancy.port.ApiKeyRepository;
import io.xinling.application.tenancy.port.TenantRepository;
import io.xinling.domain.kernel.TenantId;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a start of the service makes sure of: the platform tenant with an admin key, and a demo
 * tenant with a key. A key given in the configuration is registered when new; otherwise a key is
 * generated only on the first start and returned so that it can be printed once.
 */
public final class PlatformSetup {

    public static final String PLATFORM_TENANT = "platform";
    public static final String DEMO_TENANT = "demo";

    private final Transactor transactor;
    private final TenantRepository tenants;
    private final ApiKeyRepository keys;
    private final TenancyService tenancy;
    private final Clock clock;

    public PlatformSetup(Transactor transactor, TenantRepository tenants, ApiKeyRepository keys,
                         TenancyService tenancy, Clock clock) {
        this.transactor = transactor;
        this.tenants = tenants;
        this.keys = keys;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    /** The result of one ensure step: the tenant, and the clear key when this start created it. */
    public record Ensured(Tenant tenant, Optional<String> newKey) {
    }

    public Either<TenancyError, Ensured> ensurePlatformAdmin(Optional<String> configuredKey) {
        return ensure(PLATFORM_TENANT, "platform-admin", configuredKey, EnumSet.of(Role.PLATFORM_ADMIN), Role.PLATFORM_ADMIN);
    }

    public Either<TenancyError, Ensured> ensureDemoTenant(Optional<String> configuredKey) {
        return ensure(DEMO_TENANT, "demo", configuredKey, EnumSet.of(Role.ADMIN), Role.ADMIN);
    }

    private Either<TenancyError, Ensured> ensure(String tenantName, String userName, Optional<String> configuredKey,
                                                 Set<Role> roles, Role marker) {
        return transactor.inTransaction(() -> {
            Tenant tenant = tenants.findByName(tenantName)
                    .or(() -> tenants.create(tenantName, clock.instant()))
                    .orElseThrow(() -> new IllegalStateException("tenant " + tenantName + " vanished"));
            Optional<Principal> configured = configuredKey.flatMap(tenancy::authenticate);
            if (configuredKey.isPresent() && configured.isEmpty()) {
                return register(tenant.id(), userName, configuredKey.get(), roles)
                        .map(k -> new Ensured(tenant, Optional.empty()));
            }
            if (configuredKey.isEmpty() && !keys.anyWithRole(tenant.id(), marker)) {
                String key = ApiKeys.generate();
                return register(tenant.id(), userName, key, roles).map(k -> new Ensured(tenant, Optional.of(key)));
            }
            return Either.right(new Ensured(tenant, Optional.empty()));
        });
    }

    private Either<TenancyError, IssuedKey> register(TenantId tenant, String userName, String key, Set<Role> roles) {
        return tenancy.registerKey(tenant, userName, key, roles);
    }
}
