package io.xinling.application.tenancy;

import io.xinling.domain.kernel.DomainError;
import io.xinling.domain.kernel.TenantId;

/** Refusals of tenant administration and authentication. */
public sealed interface TenancyError extends DomainError {

    record TenantNotFound(TenantId tenant) implements TenancyError {
        @Override public String code() { return "tenancy.tenant-not-found"; }
        @Override public String message() { return "no tenant " + tenant; }
    }

    record TenantNameConflict(String name) implements TenancyError {
        @Override public String code() { return "tenancy.tenant-name-conflict"; }
        @Override public String message() { return "a tenant named '" + name + "' exists already"; }
    }

    record InvalidField(String field, String reason) implements TenancyError {
        @Override public String code() { return "tenancy.invalid-field"; }
        @Override public String message() { return field + ": " + reason; }
    }
}
