package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.Account;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.kernel.TenantId;

import java.util.List;

/** The tenant's chart (seeded with 小企业会计准则 on first use) and its sub-accounts. */
public interface ChartUseCase {

    record AddSubAccountCommand(TenantId tenant, String code, String name, List<String> requiredDimensions) {
    }

    ChartOfAccounts chart(TenantId tenant);

    Either<AccountingError, Account> addSubAccount(AddSubAccountCommand command);
}
