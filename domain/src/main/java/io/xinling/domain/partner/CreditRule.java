package io.xinling.domain.partner;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;

import java.util.Optional;

/**
 * Would this order take the customer over its credit limit? Exposure is open receivables (and, once
 * sales orders exist, unshipped orders) in CNY. Reaching the limit exactly is allowed; no limit means
 * unlimited.
 */
public final class CreditRule {

    private CreditRule() {
    }

    public static Either<PartnerError, CreditHeadroom> check(Optional<Money> limit, Money exposure, Money order) {
        Money after = exposure.plus(order);
        if (limit.isEmpty()) {
            return Either.right(new CreditHeadroom(limit, exposure, order, after, Optional.empty()));
        }
        if (order.isPositive() && after.compareTo(limit.get()) > 0) {
            return Either.left(new PartnerError.CreditLimitExceeded(limit.get(), exposure, order));
        }
        return Either.right(new CreditHeadroom(limit, exposure, order, after, Optional.of(limit.get().minus(after))));
    }
}
