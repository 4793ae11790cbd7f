package io.xinling.application.partner;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.Partner;
import io.xinling.domain.partner.PartnerError;
import io.xinling.domain.partner.PartnerId;

import java.util.List;

public interface FindPartnersUseCase {

    Either<PartnerError, Partner> partner(TenantId tenant, PartnerId id);

    List<Partner> partners(TenantId tenant, PartnerFilter filter);
}
