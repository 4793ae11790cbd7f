package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.util.List;

/** Replaces a draft's date (within its period), attachments and lines; or deletes the draft (its number becomes a gap). */
public interface EditDraftUseCase {

    /** {@code word}: null or blank keeps the draft's; another word is refused (the number belongs to the word's sequence). */
    record EditDraftCommand(TenantId tenant, VoucherId id, String word, LocalDate date, int attachments, List<LineInput> lines) {
    }

    Either<AccountingError, Voucher> edit(EditDraftCommand command);

    Either<AccountingError, VoucherId> delete(TenantId tenant, VoucherId id);
}
