package io.xinling.application.promotion.port;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.PromotionPolicy;

import java.util.Optional;

/** The tenant's promotion strategy settings; empty means the documented defaults. */
public interface PolicyRepository {

    Optional<PromotionPolicy> find(TenantId tenant);

    void save(TenantId tenant, PromotionPolicy policy);
}
