package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.LocalDate;
import java.util.List;

/** Enters a voucher by hand, as a draft numbered in its period and word. */
public interface EnterVoucherUseCase {

    record EnterVoucherCommand(TenantId tenant, UserId preparer, String word, LocalDate date, int attachments,
                               List<LineInput> lines) {
    }

    Either<AccountingError, Voucher> enter(EnterVoucherCommand command);
}
