package io.xinling.application.tenancy;

import io.vavr.control.Either;

public interface CreateTenantUseCase {

    record CreateTenantCommand(String name) {
    }

    Either<TenancyError, Tenant> createTenant(CreateTenantCommand command);
}
