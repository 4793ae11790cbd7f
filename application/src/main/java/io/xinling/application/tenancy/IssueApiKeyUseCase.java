package io.xinling.application.tenancy;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;

import java.util.List;

public interface IssueApiKeyUseCase {

    /** Roles by wire name, validated by the use case. */
    record IssueApiKeyCommand(TenantId tenant, String userName, List<String> roles) {
    }

    Either<TenancyError, IssuedKey> issueApiKey(IssueApiKeyCommand command);
}
