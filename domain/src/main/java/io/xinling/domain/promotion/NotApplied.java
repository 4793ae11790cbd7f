package io.xinling.domain.promotion;

import io.xinling.domain.kernel.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A scheme that was considered and did not apply, with its reason, the shortfall to its next tier
 * ("还差31.00元"), or the competitor that won and what that competitor was worth.
 */
public record NotApplied(String schemeId, int version, String ruleType, Reason reason, Optional<Money> shortfall,
                         Optional<String> competitor, Optional<Money> competitorBenefit, String message) {

    public NotApplied {
        Objects.requireNonNull(schemeId, "schemeId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(shortfall, "shortfall");
        Objects.requireNonNull(competitor, "competitor");
        Objects.requireNonNull(competitorBenefit, "competitorBenefit");
        message = message == null ? "" : message;
    }
}
