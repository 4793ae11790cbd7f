package io.xinling.application.promotion.port;

import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.Scheme;

import java.util.List;

/** The schemes a tenant has active now (approved and not paused, ended or cancelled), latest versions. */
public interface ActiveSchemes {

    List<Scheme> activeSchemes(TenantId tenant);
}
