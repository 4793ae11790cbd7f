package io.xinling.web.common;

import io.javalin.security.RouteRole;
import io.xinling.application.tenancy.Role;

import java.util.EnumSet;
import java.util.Set;

/** The roles a route admits. Every route under /api/v1 names one; a route without is refused. */
public record RoleGate(Set<Role> roles) implements RouteRole {

    public RoleGate {
        roles = Set.copyOf(roles);
    }

    public static RoleGate of(Role first, Role... more) {
        return new RoleGate(EnumSet.of(first, more));
    }

    /** Every tenant role: reading things any member of the tenant may see. */
    public static RoleGate anyTenantRole() {
        return new RoleGate(EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN)));
    }

    /** Any authenticated caller, the platform admin included. */
    public static RoleGate anyone() {
        return new RoleGate(EnumSet.allOf(Role.class));
    }

    public static RoleGate platformAdmin() {
        return new RoleGate(EnumSet.of(Role.PLATFORM_ADMIN));
    }
}
