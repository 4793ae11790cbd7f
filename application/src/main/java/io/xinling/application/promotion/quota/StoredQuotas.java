package io.xinling.application.promotion.quota;

import io.xinling.application.promotion.StoredScheme;
import io.xinling.application.promotion.port.SchemeRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.lifecycle.SchemeStatus;

import java.util.HashMap;
import java.util.Map;

/** The limits of the active schemes read from their saved definitions on every call (no cache). */
public final class StoredQuotas implements ActiveQuotas {

    private final SchemeRepository schemes;

    public StoredQuotas(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @Override
    public Map<String, SchemeQuota> activeQuotas(TenantId tenant) {
        Map<String, SchemeQuota> out = new HashMap<>();
        for (StoredScheme s : schemes.inStatus(tenant, SchemeStatus.ACTIVE)) {
            SchemeQuota q = SchemeQuota.parse(s.definition()).getOrElseThrow(
                    e -> new IllegalStateException("saved scheme " + s.schemeId() + " has malformed limits: " + e.message()));
            if (q.isLimited()) {
                out.put(s.schemeId(), q);
            }
        }
        return Map.copyOf(out);
    }
}
