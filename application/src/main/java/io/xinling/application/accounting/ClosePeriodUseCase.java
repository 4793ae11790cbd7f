package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** 结账 (5.1) and 反结账 (5.2). */
public interface ClosePeriodUseCase {

    record CloseResult(YearMonth period, Optional<Voucher> carryForward, List<String> warnings) {
    }

    Either<AccountingError, CloseResult> close(TenantId tenant, YearMonth period, UserId user);

    Either<AccountingError, YearMonth> reopen(TenantId tenant, YearMonth period, UserId user, String reason);
}
