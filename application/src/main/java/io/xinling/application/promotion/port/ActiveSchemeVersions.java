package io.xinling.application.promotion.port;

import io.xinling.domain.kernel.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * Which scheme versions a tenant has active now, without their definitions: a cheap query that tells
 * whether a cached, parsed and compiled set of active schemes is still the current one.
 */
public interface ActiveSchemeVersions {

    /** One active scheme version: its id, version number and when its row last changed. */
    record SchemeVersion(String schemeId, int version, Instant updatedAt) {
    }

    List<SchemeVersion> activeVersions(TenantId tenant);
}
