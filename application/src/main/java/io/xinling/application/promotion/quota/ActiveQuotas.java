package io.xinling.application.promotion.quota;

import io.xinling.domain.kernel.TenantId;

import java.util.Map;

/** The cross-order limits (spec 3.11) of the tenant's active schemes, by scheme id; schemes without any are absent. */
public interface ActiveQuotas {

    Map<String, SchemeQuota> activeQuotas(TenantId tenant);
}
