package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;

/**
 * What other contexts call before they date anything (inventory documents, generated vouchers): Right
 * with the date when its period is open, {@code accounting.period-closed} otherwise (I-20). Called inside
 * the caller's transaction, it holds a shared lock on the tenant's books till commit, so a concurrent
 * close waits for the document and then sees it.
 */
public interface PeriodGuard {

    Either<AccountingError, LocalDate> requireOpen(TenantId tenant, LocalDate date);
}
