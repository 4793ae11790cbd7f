package io.xinling.application.tenancy;

import io.xinling.domain.kernel.TenantId;

import java.time.Instant;

/** A company: one account set, one inventory, its own users and keys. */
public record Tenant(TenantId id, String name, Instant createdAt) {
}
