package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.kernel.TenantId;

import java.time.YearMonth;

/** 断号整理: numbers become 1..n per word in date, then old-number order; no amount changes (I-24). */
public interface RenumberVouchersUseCase {

    Either<AccountingError, Integer> renumber(TenantId tenant, YearMonth period);
}
