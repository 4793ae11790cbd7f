package io.xinling.application.tenancy;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.util.Set;

/** A freshly issued API key: the clear text is returned once and never stored. */
public record IssuedKey(TenantId tenant, UserId user, String userName, String key, String prefix, Set<Role> roles) {
}
