package io.xinling.application.partner;

import io.vavr.control.Either;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.CreditHeadroom;
import io.xinling.domain.partner.PartnerError;
import io.xinling.domain.partner.PartnerId;

/** The customer's exposure, and the check a sales order makes before it is approved. */
public interface CreditUseCase {

    Either<PartnerError, CreditExposure> exposure(TenantId tenant, PartnerId customer);

    /** Right with the headroom left, or Left {@code partner.credit-limit-exceeded}; {@code order} is CNY. */
    Either<PartnerError, CreditHeadroom> checkOrder(TenantId tenant, PartnerId customer, Money order);
}
