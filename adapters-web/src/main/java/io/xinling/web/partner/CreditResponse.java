package io.xinling.web.partner;

import io.vavr.control.Either;
import io.xinling.application.partner.CreditExposure;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.CreditHeadroom;
import io.xinling.domain.partner.PartnerError;

import java.util.Optional;

/**
 * A customer's credit position in CNY and, when an order amount was given, whether that order would take
 * it over its limit.
 */
record CreditResponse(long partnerId, String currency, String creditLimit, String openReceivables,
                      String unshippedOrders, String exposure, String available, String orderAmount,
                      Boolean wouldExceedLimit) {

    static CreditResponse of(CreditExposure e, Optional<Money> order,
                             Optional<Either<PartnerError, CreditHeadroom>> check) {
        return new CreditResponse(e.customer().value(), "CNY", e.limit().map(Money::format).orElse(null),
                e.openReceivables().format(), e.unshippedOrders().format(), e.exposure().format(),
                e.available().map(Money::format).orElse(null), order.map(Money::format).orElse(null),
                check.map(c -> c.isLeft() && c.getLeft() instanceof PartnerError.CreditLimitExceeded).orElse(null));
    }
}
