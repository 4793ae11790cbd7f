package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.DimensionRegisterRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValue;
import io.xinling.domain.kernel.TenantId;

import java.util.List;

/** Keeps the dimension registers, each change in one transaction. */
public final class DimensionRegisterService implements DimensionRegisterUseCase {

    private final Transactor transactor;
    private final DimensionRegisterRepository repository;

    public DimensionRegisterService(Transactor transactor, DimensionRegisterRepository repository) {
        this.transactor = transactor;
        this.repository = repository;
    }

    @Override
    public Either<AccountingError, DimensionValue> register(TenantId tenant, String dimension, String code, String name) {
        return DimensionValue.registered(dimension).flatMap(d -> DimensionValue.of(d, code, name))
                .flatMap(value -> transactor.inTransaction(() -> repository.add(tenant, value) ? Either.right(value)
                        : Either.left(new AccountingError.DimensionValueConflict(value.dimension().wireName(), value.code()))));
    }

    @Override
    public Either<AccountingError, List<DimensionValue>> list(TenantId tenant, String dimension) {
        return DimensionValue.registered(dimension).map(d -> repository.list(tenant, d));
    }

    @Override
    public boolean known(TenantId tenant, Dimension dimension, String code) {
        return repository.exists(tenant, dimension, code);
    }
}
