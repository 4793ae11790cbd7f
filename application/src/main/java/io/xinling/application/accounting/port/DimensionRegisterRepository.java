package io.xinling.application.accounting.port;

import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValue;
import io.xinling.domain.kernel.TenantId;

import java.util.List;

/** The dimension registers of a tenant's books. */
public interface DimensionRegisterRepository {

    /** Adds the entry unless its code is in the register already (then false, nothing written). */
    boolean add(TenantId tenant, DimensionValue value);

    List<DimensionValue> list(TenantId tenant, Dimension dimension);

    boolean exists(TenantId tenant, Dimension dimension, String code);
}
