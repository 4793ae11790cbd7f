package io.xinling.application.promotion;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.promotion.port.PolicyRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.lifecycle.LifecycleError;

/** The tenant's promotion strategy settings (策略设置): read, or replace after checking the ranges. */
public final class PromotionPolicyService {

    private final Transactor transactor;
    private final PolicyRepository policies;

    public PromotionPolicyService(Transactor transactor, PolicyRepository policies) {
        this.transactor = transactor;
        this.policies = policies;
    }

    public PromotionPolicy current(TenantId tenant) {
        return policies.find(tenant).orElse(PromotionPolicy.DEFAULT);
    }

    public Either<LifecycleError, PromotionPolicy> replace(TenantId tenant, PromotionPolicy policy) {
        if (policy.exhaustiveLimit() > 7) {
            return Either.left(new LifecycleError.Invalid("exhaustiveLimit", "at most 7"));
        }
        return transactor.inTransaction(() -> {
            policies.save(tenant, policy);
            return Either.right(policy);
        });
    }
}
