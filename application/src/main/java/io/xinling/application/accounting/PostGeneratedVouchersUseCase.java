package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.LedgerPosting;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * For voucher generation (3.4): posts many generated vouchers in one transaction, numbered in blocks,
 * inserted in batches, balances updated once. Idempotent per generation key: a voucher whose key exists is
 * returned as stored, not created again. All or nothing: one refused voucher refuses the batch.
 */
public interface PostGeneratedVouchersUseCase {

    record GeneratedVoucher(VoucherWord word, LocalDate date, int attachments, List<VoucherLine> lines, Provenance provenance)
            implements LedgerPosting {

        @Override
        public YearMonth period() {
            return YearMonth.from(date);
        }
    }

    default Either<AccountingError, List<Voucher>> postGenerated(TenantId tenant, UserId preparer,
                                                                 List<GeneratedVoucher> vouchers) {
        return post(tenant, preparer, vouchers, true);
    }

    /**
     * {@link #postGenerated} for the vouchers of a document's post or cancel generated in that post's own transaction:
     * their keys carry a version the post itself made (the document's post or cancel, the ledger version of its
     * re-costing), so none can have a voucher yet and none is looked for, a round trip saved. Should one exist all the
     * same, the voucher table's unique generation key refuses the insert and the transaction fails as a whole.
     */
    default Either<AccountingError, List<Voucher>> postNew(TenantId tenant, UserId preparer, List<GeneratedVoucher> vouchers) {
        return post(tenant, preparer, vouchers, false);
    }

    /** {@link #postGenerated} when {@code lookUp}, otherwise {@link #postNew}. */
    Either<AccountingError, List<Voucher>> post(TenantId tenant, UserId preparer, List<GeneratedVoucher> vouchers,
                                                boolean lookUp);
}
