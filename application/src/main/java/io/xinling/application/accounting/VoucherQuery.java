package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.util.List;

public interface VoucherQuery {

    Either<AccountingError, Voucher> find(TenantId tenant, VoucherId id);

    List<Voucher> list(TenantId tenant, LocalDate from, LocalDate to);
}
