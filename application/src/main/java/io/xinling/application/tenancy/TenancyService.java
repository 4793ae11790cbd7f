package io.xinling.application.tenancy;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.tenancy.port.ApiKeyRepository;
import io.xinling.application.tenancy.port.TenantRepository;
import io.xinling.application.tenancy.port.UserRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Tenant administration and authentication by API key. */
public final class TenancyService implements CreateTenantUseCase, IssueApiKeyUseCase, AuthenticateUseCase {

    private static final int MAX_NAME = 100;
    /**
     * How long a key found in the database is trusted without asking it again: every request of a busy client
     * otherwise pays a query for it. A key revoked in the database stops working on every node within this time.
     */
    public static final long RECENT_MILLIS = 10_000;
    private static final int RECENT_KEYS = 10_000;

    private final Transactor transactor;
    private final TenantRepository tenants;
    private final UserRepository users;
    private final ApiKeyRepository keys;
    private final Clock clock;
    private final Map<ByteBuffer, Known> recent = new ConcurrentHashMap<>();

    public TenancyService(Transactor transactor, TenantRepository tenants, UserRepository users,
                          ApiKeyRepository keys, Clock clock) {
        this.transactor = transactor;
        this.tenants = tenants;
        this.users = users;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Either<TenancyError, Tenant> createTenant(CreateTenantCommand command) {
        return validName("name", command.name())
                .flatMap(name -> transactor.inTransaction(() -> tenants.create(name, clock.instant())
                        .<Either<TenancyError, Tenant>>map(Either::right)
                        .orElseGet(() -> Either.left(new TenancyError.TenantNameConflict(name)))));
    }

    @Override
    public Either<TenancyError, IssuedKey> issueApiKey(IssueApiKeyCommand command) {
        return validName("userName", command.userName())
                .flatMap(userName -> tenantRoles(command.roles())
                        .flatMap(roles -> transactor.inTransaction(() -> issue(command.tenant(), userName, roles))));
    }

    /** Registers a key chosen by the operator (configuration) rather than generated. */
    public Either<TenancyError, IssuedKey> registerKey(TenantId tenant, String userName, String key, Set<Role> roles) {
        if (!ApiKeys.acceptable(key)) {
            return Either.left(new TenancyError.InvalidField("key", "at least 16 characters and no spaces"));
        }
        return transactor.inTransaction(() -> save(tenant, userName, key, roles));
    }

    @Override
    public Optional<Principal> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        ByteBuffer hash = ByteBuffer.wrap(ApiKeys.hash(presentedKey.strip()));
        long now = clock.millis();
        Known known = recent.get(hash);
        if (known != null && known.until() > now) {
            return Optional.of(known.principal());
        }
        Optional<Principal> found = keys.findByHash(hash.array());
        if (found.isPresent()) {
            if (recent.size() >= RECENT_KEYS) {
                recent.clear();
            }
            recent.put(hash, new Known(found.get(), now + RECENT_MILLIS));
        } else {
            recent.remove(hash);
        }
        return found;
    }

    private Either<TenancyError, IssuedKey> issue(TenantId tenant, String userName, Set<Role> roles) {
        if (tenants.find(tenant).isEmpty()) {
            return Either.left(new TenancyError.TenantNotFound(tenant));
        }
        return save(tenant, userName, ApiKeys.generate(), roles);
    }

    private Either<TenancyError, IssuedKey> save(TenantId tenant, String userName, String key, Set<Role> roles) {
        UserId user = users.findOrCreate(tenant, userName, clock.instant());
        keys.save(tenant, user, ApiKeys.hash(key), ApiKeys.prefix(key), roles, clock.instant());
        return Either.right(new IssuedKey(tenant, user, userName, key, ApiKeys.prefix(key), roles));
    }

    private static Either<TenancyError, String> validName(String field, String value) {
        if (value == null || value.isBlank()) {
            return Either.left(new TenancyError.InvalidField(field, "must not be blank"));
        }
        if (value.strip().length() > MAX_NAME) {
            return Either.left(new TenancyError.InvalidField(field, "at most " + MAX_NAME + " characters"));
        }
        return Either.right(value.strip());
    }

    private static Either<TenancyError, Set<Role>> tenantRoles(List<String> names) {
        if (names == null || names.isEmpty()) {
            return Either.left(new TenancyError.InvalidField("roles", "at least one role is required"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Optional<Role> role = Role.fromWireName(name);
            if (role.isEmpty() || !role.get().isTenantRole()) {
                return Either.left(new TenancyError.InvalidField("roles", "unknown role '" + name + "'"));
            }
            role.ifPresent(roles::add);
        }
        return Either.right(roles);
    }

    private record Known(Principal principal, long until) {
    }
}
