package io.xinling.application.tenancy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a caller may do. Tenant keys carry the tenant roles; only the platform admin key administers tenants. */
public enum Role {
    ADMIN, ACCOUNTANT, WAREHOUSE, PURCHASING, SALES, CASHIER, VIEWER,
    /** The platform operator: creates tenants and issues their keys; never reaches tenant data. */
    PLATFORM_ADMIN;

    /** The wire name: lower case with dashes ({@code platform-admin}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(name)).findFirst();
    }

    public boolean isTenantRole() {
        return this != PLATFORM_ADMIN;
    }
}
