package io.xinling.application.promotion.port;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.engine.SchemeIndex;

import java.util.List;

/** The schemes a tenant has active now (approved and not paused, ended or cancelled), latest versions. */
public interface ActiveSchemes {

    List<Scheme> activeSchemes(TenantId tenant);

    /** The active schemes compiled for the engine; implementations may reuse one while the set is unchanged. */
    default SchemeIndex activeIndex(TenantId tenant) {
        return PromotionEngine.index(activeSchemes(tenant));
    }
}
