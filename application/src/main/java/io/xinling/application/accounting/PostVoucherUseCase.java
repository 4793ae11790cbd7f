package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.LocalDate;

/** 审核过账: a reviewer posts a draft; a posted voucher is corrected by a red-ink reversal, itself a draft to post. */
public interface PostVoucherUseCase {

    Either<AccountingError, Voucher> post(TenantId tenant, VoucherId id, UserId reviewer);

    Either<AccountingError, Voucher> reverse(TenantId tenant, VoucherId id, LocalDate date, UserId preparer);
}
