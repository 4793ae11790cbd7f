package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.LocalDate;
import java.util.List;

/**
 * 生成凭证 (3.4): the tenant's generation mode, and writing the vouchers batch mode left pending for a date
 * range, one per source or summarised per document type and day (汇总生成). Idempotent: what is generated is
 * no longer pending, and a summary's generation key is the set of its members' keys.
 */
public interface GenerateVouchersUseCase {

    record GenerateCommand(TenantId tenant, UserId user, LocalDate from, LocalDate to, boolean summarise) {
    }

    Either<AccountingError, List<Voucher>> generate(GenerateCommand command);

    GenerationMode mode(TenantId tenant);

    GenerationMode setMode(TenantId tenant, GenerationMode mode);

    /** Pending vouchers dated on or before {@code through} (the close checklist refuses while there are any). */
    int pending(TenantId tenant, LocalDate through);
}
