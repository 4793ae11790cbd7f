package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.BooksRepository;
import io.xinling.application.accounting.port.BooksRepository.CloseRecord;
import io.xinling.application.accounting.port.GenerationRepository;
import io.xinling.application.accounting.port.LedgerRepository;
import io.xinling.application.accounting.port.DraftDocuments;
import io.xinling.application.accounting.port.Subledgers;
import io.xinling.application.accounting.port.VoucherRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.BalanceRow;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.CarryForward;
import io.xinling.domain.accounting.CloseWaiver;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.PeriodEnd;
import io.xinling.domain.accounting.TaxpayerKind;
import io.xinling.domain.accounting.report.VatReturn;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherRules;
import io.xinling.domain.accounting.VoucherStatus;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.accounting.generation.TemplateAccounts;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Period guard, close (checklist, period-end vouchers, 结转损益, at year-end 结转本年利润 and 利润分配 closing, lock) and
 * reopen (remove what the close generated, restore the watermark).
 */
public final class PeriodService implements PeriodGuard, ClosePeriodUseCase {

    private final Transactor transactor;
    private final BooksAccess books;
    private final BooksRepository booksRepository;
    private final VoucherRepository vouchers;
    private final LedgerRepository ledger;
    private final Clock clock;
    private final GenerationRepository generation;
    private final CloseGates gates;
    private final CloseChecklist checklist;

    PeriodService(Transactor transactor, BooksAccess books, BooksRepository booksRepository, VoucherRepository vouchers,
                  LedgerRepository ledger, Clock clock, GenerationRepository generation) {
        this.generation = generation;
        this.gates = new CloseGates(ledger);
        this.checklist = new CloseChecklist(gates, vouchers, ledger, generation);
        this.transactor = transactor;
        this.books = books;
        this.booksRepository = booksRepository;
        this.vouchers = vouchers;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Inside a transaction the books stay share-locked to its end (joined without a savepoint: the check writes nothing,
     * or only books it creates, whose periods are all open). Outside one the answer is only as of now: the lock lasts
     * the one statement, and a transaction is opened only to create the books of a tenant that has none yet.
     */
    @Override
    public Either<AccountingError, LocalDate> requireOpen(TenantId tenant, LocalDate date) {
        if (!transactor.inProgress()) {
            Optional<Books> known = booksRepository.lockShared(tenant);
            if (known.isPresent()) {
                return known.get().requireOpen(date);
            }
        }
        return transactor.joining(() -> books.shared(tenant).requireOpen(date));
    }

    /** Wires the subledgers a close reconciles with the GL (built after the books, as they post through them). */
    public void reconcileWith(Subledgers subledgers) {
        gates.reconcileWith(subledgers);
    }

    /** Wires the business documents whose drafts hold a close back (built after the books, as they post through them). */
    public void waitForDrafts(DraftDocuments drafts) {
        gates.waitForDrafts(drafts);
    }

    @Override
    public Either<AccountingError, CloseResult> close(TenantId tenant, YearMonth period, UserId user,
                                                      Map<Currency, BigDecimal> closingRates, List<CloseWaiver> waivers) {
        return CloseWaiver.distinct(waivers).flatMap(distinct -> transactor.inTransaction(() -> {
            Books locked = books.exclusive(tenant);
            return locked.closable(period).flatMap(p -> gates.firstClose(tenant, locked, p))
                    .flatMap(p -> checklist.check(tenant, p, distinct)).flatMap(checked -> PeriodEnd.revaluation(
                    ledger.foreignBalances(tenant, period.atEndOfMonth()), closingRates).map(fx -> {
                List<Voucher> periodEnd = new ArrayList<>();
                postPeriodEnd(tenant, period, user, "C-1", fx).ifPresent(periodEnd::add);
                vatVouchers(tenant, locked, period, user).forEach(periodEnd::add);
                Optional<Voucher> carryForward = carryForward(tenant, period, user);
                requireProfitAndLossClosed(tenant, period);
                if (period.getMonth() == Month.DECEMBER) {
                    // C-5 moves only 3103 and 310401, which C-6 leaves out: one reading serves both
                    List<BalanceRow> atEnd = ledger.turnover(tenant, null, period.atEndOfMonth(), DimensionValues.NONE, false);
                    postPeriodEnd(tenant, period, user, "C-5", PeriodEnd.profitForTheYear(atEnd)).ifPresent(periodEnd::add);
                    postPeriodEnd(tenant, period, user, "C-6", PeriodEnd.distributionClosing(atEnd)).ifPresent(periodEnd::add);
                }
                booksRepository.setClosedThrough(tenant, Optional.of(period));
                java.time.Instant at = clock.instant();
                booksRepository.recordClose(tenant, new CloseRecord(period, locked.closedThrough(),
                        carryForward.map(Voucher::id)), at, user);
                booksRepository.recordWaivers(tenant, period, checked.waived(), at);
                List<String> warnings = new ArrayList<>(checklist.numberGaps(tenant, period));
                warnings.addAll(checklist.openEstimates(tenant, period));
                warnings.addAll(checked.warnings());
                return new CloseResult(period, carryForward, warnings, periodEnd, checked.waived());
            }));
        }));
    }

    @Override
    public CloseReport closeReport(TenantId tenant, YearMonth period) {
        return transactor.inTransaction(() -> {
            boolean closed = books.shared(tenant).isClosed(period);
            return Either.<AccountingError, CloseReport>right(new CloseReport(period, closed,
                    closed ? booksRepository.waivers(tenant, period) : List.of()));
        }).get();
    }

    @Override
    public Either<AccountingError, YearMonth> reopen(TenantId tenant, YearMonth period, UserId user, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            return Either.left(new AccountingError.InvalidField("reason", "a reason of 1 to 500 characters is required"));
        }
        return transactor.inTransaction(() -> books.exclusive(tenant).reopenable(period).map(p -> {
            CloseRecord close = booksRepository.removeClose(tenant, p, clock.instant(), user, reason.strip())
                    .orElseThrow(() -> new IllegalStateException("closed period without a close record: " + p));
            List<Voucher> generated = new ArrayList<>(vouchers.findGenerated(tenant, PERIOD_END_STEPS.stream()
                    .map(step -> periodEndProvenance(p, step, List.of()).generationKey()).collect(Collectors.toSet())));
            close.carryForward().flatMap(id -> vouchers.find(tenant, id)).ifPresent(generated::add);
            generated.sort(Comparator.comparingInt(Voucher::number).reversed());
            for (Voucher voucher : generated) {
                ledger.apply(tenant, List.of(voucher), -1);
                vouchers.delete(tenant, voucher.id());
                vouchers.releaseNumber(tenant, voucher.period(), voucher.word(), voucher.number());
            }
            booksRepository.setClosedThrough(tenant, close.previousClosedThrough());
            return p;
        }));
    }

    /** C-2 (general taxpayers) and C-3 from the period's VAT return (5.4, 4.5). */
    private List<Voucher> vatVouchers(TenantId tenant, Books settings, YearMonth period, UserId user) {
        List<BalanceRow> movements = ledger.turnover(tenant, period.atDay(1), period.atEndOfMonth(), DimensionValues.NONE, false);
        List<BalanceRow> opening = ledger.turnover(tenant, null, period.atDay(1).minusDays(1), DimensionValues.NONE, false);
        VatReturn vat = VatReturn.of(settings.taxpayerKind(), movements, opening);
        List<Voucher> posted = new ArrayList<>();
        if (settings.taxpayerKind() == TaxpayerKind.GENERAL) {
            List<BalanceRow> atEnd = ledger.turnover(tenant, null, period.atEndOfMonth(), DimensionValues.NONE, false);
            postPeriodEnd(tenant, period, user, "C-2", PeriodEnd.vatCarry(atEnd, movements)).ifPresent(posted::add);
        }
        postPeriodEnd(tenant, period, user, "C-3", PeriodEnd.surcharges(vat.taxDue(), settings.taxpayerKind(),
                settings.taxLocation())).ifPresent(posted::add);
        return posted;
    }

    static final List<String> PERIOD_END_STEPS = List.of("C-1", "C-2", "C-3", "C-5", "C-6");
    private static final String PERIOD_END_SOURCE = "period-end";

    /** Whether a voucher is one a close generated (C-1, C-2, C-3, C-5, C-6), which a reopen removes. */
    static boolean isPeriodEnd(Voucher voucher) {
        return voucher.provenance().filter(p -> PERIOD_END_SOURCE.equals(p.sourceType())).isPresent();
    }

    /** Period-end vouchers are keyed by period and step, so a close generates each at most once (reopen removes them). */
    static Provenance periodEndProvenance(YearMonth period, String step, List<VoucherLine> lines) {
        return new Provenance(PERIOD_END_SOURCE, period + "/" + step, 1, step, 1, 0, lines.isEmpty() ? "" : VoucherHash.of(lines));
    }

    private Optional<Voucher> postPeriodEnd(TenantId tenant, YearMonth period, UserId user, String step, List<VoucherLine> named) {
        if (named.isEmpty()) {
            return Optional.empty();
        }
        ChartOfAccounts chart = books.chart(tenant);
        List<VoucherLine> lines = TemplateAccounts.resolved(chart, named);
        VoucherRules.check(chart, lines).getOrElseThrow(e -> new IllegalStateException(step + " refused: " + e.message()));
        int number = vouchers.reserveNumbers(tenant, period, VoucherWord.JI, 1);
        Voucher voucher = new Voucher(vouchers.newIds(1).get(0), VoucherWord.JI, number, period.atEndOfMonth(), 0,
                VoucherStatus.POSTED, VoucherOrigin.GENERATED, user, Optional.of(user), lines, Optional.empty(),
                Optional.of(periodEndProvenance(period, step, lines)));
        vouchers.insert(tenant, List.of(voucher));
        ledger.apply(tenant, List.of(voucher), 1);
        return Optional.of(voucher);
    }

    private Optional<Voucher> carryForward(TenantId tenant, YearMonth period, UserId user) {
        ChartOfAccounts chart = books.chart(tenant);
        List<VoucherLine> lines = CarryForward.lines(chart,
                ledger.turnover(tenant, null, period.atEndOfMonth(), DimensionValues.NONE, true));
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        VoucherRules.check(chart, lines).peekLeft(e -> {
            if (!(e instanceof AccountingError.EmptyVoucher)) {
                throw new IllegalStateException("carry-forward refused: " + e.message());
            }
        });
        int number = vouchers.reserveNumbers(tenant, period, VoucherWord.JI, 1);
        Provenance provenance = new Provenance("period-close", period.toString(), 1, "C-4", 1, 0, VoucherHash.of(lines));
        Voucher voucher = new Voucher(vouchers.newIds(1).get(0), VoucherWord.JI, number, period.atEndOfMonth(), 0,
                VoucherStatus.POSTED, VoucherOrigin.CARRY_FORWARD, user, Optional.of(user), lines, Optional.empty(),
                Optional.of(provenance));
        vouchers.insert(tenant, List.of(voucher));
        ledger.apply(tenant, List.of(voucher), 1);
        return Optional.of(voucher);
    }

    /** I-21: after C-4 every profit-and-loss account is zero at the period end; otherwise a bug, not a user error. */
    private void requireProfitAndLossClosed(TenantId tenant, YearMonth period) {
        ChartOfAccounts chart = books.chart(tenant);
        for (BalanceRow row : ledger.turnover(tenant, null, period.atEndOfMonth(), DimensionValues.NONE, false)) {
            if (chart.find(row.account()).exists(a -> a.isProfitAndLoss()) && !row.net().isZero()) {
                throw new IllegalStateException("P&L account " + row.account() + " not closed: " + row.net());
            }
        }
    }
}
