package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.LedgerRepository;
import io.xinling.application.accounting.port.VoucherRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherRules;
import io.xinling.domain.accounting.VoucherStatus;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Posting moves the ledgers: balances change in the same transaction as the voucher's status. */
public final class PostingService implements PostVoucherUseCase {

    private final Transactor transactor;
    private final BooksAccess books;
    private final VoucherRepository vouchers;
    private final LedgerRepository ledger;

    PostingService(Transactor transactor, BooksAccess books, VoucherRepository vouchers, LedgerRepository ledger) {
        this.transactor = transactor;
        this.books = books;
        this.vouchers = vouchers;
        this.ledger = ledger;
    }

    @Override
    public Either<AccountingError, Voucher> post(TenantId tenant, VoucherId id, UserId reviewer) {
        return transactor.inTransaction(() -> {
            Books open = books.shared(tenant);
            return locked(tenant, id)
                    .filterOrElse(v -> v.status() == VoucherStatus.DRAFT,
                            v -> new AccountingError.IllegalTransition(v.id().value(), v.status(), "post"))
                    .flatMap(v -> open.requireOpen(v.date()).map(d -> v))
                    .filterOrElse(v -> open.allowSelfReview() || !v.preparer().equals(reviewer),
                            v -> new AccountingError.SelfReview(v.id().value()))
                    .flatMap(v -> VoucherRules.check(books.chart(tenant, open), v.lines()).map(lines -> v))
                    .map(v -> v.withStatus(VoucherStatus.POSTED, Optional.of(reviewer)))
                    .peek(posted -> {
                        vouchers.updateStatus(tenant, posted);
                        ledger.apply(tenant, List.of(posted), 1);
                    });
        });
    }

    @Override
    public Either<AccountingError, Voucher> reverse(TenantId tenant, VoucherId id, LocalDate date, UserId preparer) {
        if (date == null) {
            return Either.left(new AccountingError.InvalidField("date", "a date is required"));
        }
        return transactor.inTransaction(() -> books.shared(tenant).requireOpen(date)
                .flatMap(d -> locked(tenant, id))
                .filterOrElse(v -> v.status() == VoucherStatus.POSTED,
                        v -> new AccountingError.IllegalTransition(v.id().value(), v.status(), "reverse"))
                .filterOrElse(v -> v.origin() != VoucherOrigin.CARRY_FORWARD, v -> new AccountingError.IllegalTransition(
                        v.id().value(), v.status(), "reverse a carry-forward voucher; reopen its period instead"))
                // a reopen removes the period-end vouchers of the close, which a reversal would still point at
                .filterOrElse(v -> !PeriodService.isPeriodEnd(v), v -> new AccountingError.IllegalTransition(
                        v.id().value(), v.status(), "reverse a period-end voucher; reopen its period instead"))
                .filterOrElse(v -> vouchers.reversalOf(tenant, v.id()).isEmpty(),
                        v -> new AccountingError.AlreadyReversed(v.id().value()))
                .map(original -> insertReversal(tenant, original, date, preparer)));
    }

    private Voucher insertReversal(TenantId tenant, Voucher original, LocalDate date, UserId preparer) {
        List<VoucherLine> lines = original.lines().stream()
                .map(line -> line.redInk(("冲销" + original.display() + " " + line.summary()).strip())).toList();
        int number = vouchers.reserveNumbers(tenant, YearMonth.from(date), original.word(), 1);
        Voucher reversal = new Voucher(vouchers.newIds(1).get(0), original.word(), number, date, 0, VoucherStatus.DRAFT,
                VoucherOrigin.REVERSAL, preparer, Optional.empty(), lines, Optional.of(original.id()), Optional.empty());
        vouchers.insert(tenant, List.of(reversal));
        return reversal;
    }

    private Either<AccountingError, Voucher> locked(TenantId tenant, VoucherId id) {
        return vouchers.lock(tenant, id).<Either<AccountingError, Voucher>>map(Either::right)
                .orElseGet(() -> Either.left(new AccountingError.VoucherNotFound(id.value())));
    }

}
