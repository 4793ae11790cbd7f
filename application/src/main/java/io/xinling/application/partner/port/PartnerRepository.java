package io.xinling.application.partner.port;

import io.xinling.application.partner.NewPartner;
import io.xinling.application.partner.PartnerFilter;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.Partner;
import io.xinling.domain.partner.PartnerId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface PartnerRepository {

    /** The saved partner, or empty when the tenant has a partner with this code already. */
    Optional<Partner> create(TenantId tenant, NewPartner partner, Instant createdAt);

    Optional<Partner> find(TenantId tenant, PartnerId id);

    List<Partner> list(TenantId tenant, PartnerFilter filter);
}
