package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValue;
import io.xinling.domain.kernel.TenantId;

import java.util.List;

/** The registers of projects, departments, employees, branches and members that voucher lines name (3.3, I-3). */
public interface DimensionRegisterUseCase {

    /** Adds an entry; a code already in the register is a 409 accounting.dimension-value-conflict. */
    Either<AccountingError, DimensionValue> register(TenantId tenant, String dimension, String code, String name);

    /** The register's entries in code order. */
    Either<AccountingError, List<DimensionValue>> list(TenantId tenant, String dimension);

    /** Whether {@code code} is in the register of {@code dimension}. */
    boolean known(TenantId tenant, Dimension dimension, String code);
}
