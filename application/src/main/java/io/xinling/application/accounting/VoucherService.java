package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.DimensionDirectory;
import io.xinling.application.accounting.port.VoucherRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.CarriedDimensions;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherRules;
import io.xinling.domain.accounting.VoucherStatus;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.accounting.generation.InventoryTemplates;
import io.xinling.domain.kernel.BusinessDates;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-entered vouchers: enter, edit and delete drafts, read, renumber. */
public final class VoucherService implements EnterVoucherUseCase, EditDraftUseCase, VoucherQuery, RenumberVouchersUseCase {

    private static final AccountCode ESTIMATED_PAYABLE = AccountCode.of("220202");

    private final Transactor transactor;
    private final BooksAccess books;
    private final VoucherRepository vouchers;
    /** Where hand-entered dimension values are looked up (I-3); none wired (the ledger alone): not looked up. */
    private volatile DimensionDirectory directory;

    VoucherService(Transactor transactor, BooksAccess books, VoucherRepository vouchers) {
        this.transactor = transactor;
        this.books = books;
        this.vouchers = vouchers;
    }

    /** Wires the registers that hand-entered dimension values must name (built after the books). */
    public void lookUpDimensionsIn(DimensionDirectory directory) {
        this.directory = directory;
    }

    /** 3.3 and I-3 for hand-entered lines: only the dimensions the account carries, each naming something active. */
    private Either<AccountingError, List<VoucherLine>> dimensions(TenantId tenant, ChartOfAccounts chart, LocalDate date,
                                                                  List<VoucherLine> lines) {
        return CarriedDimensions.check(chart, lines).flatMap(ok -> {
            DimensionDirectory wired = directory;
            boolean perWarehouse = wired != null && wired.warehouseRequired(tenant, date);
            for (int i = 0; wired != null && i < lines.size(); i++) {
                VoucherLine line = lines.get(i);
                if (perWarehouse && !line.dimensions().has(Dimension.WAREHOUSE)
                        && chart.find(line.account()).exists(a -> a.requiredDimensions().contains(Dimension.ITEM))) {
                    return Either.left(new AccountingError.InvalidField("lines[" + i + "].dimensions.warehouse",
                            "required on " + line.account().value() + " on " + date
                                    + ": stock is costed per warehouse (分仓核算, spec 3.3)"));
                }
                for (var e : lines.get(i).dimensions().values().entrySet()) {
                    Optional<String> refusal = isUnassignedEstimate(line, e.getKey(), e.getValue()) ? Optional.empty()
                            : wired.refusal(tenant, e.getKey(), e.getValue());
                    if (refusal.isPresent()) {
                        return Either.left(new AccountingError.InvalidField(
                                "lines[" + i + "].dimensions." + e.getKey().wireName(), refusal.get()));
                    }
                }
            }
            return Either.right(lines);
        });
    }

    /**
     * 220202 暂估应付款 under the supplier {@value InventoryTemplates#UNASSIGNED}: where inventory receipts without a
     * supplier book their estimate (P-2), so the accountant clears it by hand (P-3) on the same subledger row.
     */
    private static boolean isUnassignedEstimate(VoucherLine line, Dimension dimension, String value) {
        return line.account().equals(ESTIMATED_PAYABLE) && dimension == Dimension.SUPPLIER && InventoryTemplates.UNASSIGNED.equals(value);
    }

    @Override
    public Either<AccountingError, Voucher> enter(EnterVoucherCommand c) {
        return header(c.date(), c.attachments())
                .flatMap(ok -> LineParser.word(c.word()))
                .flatMap(word -> LineParser.lines(c.lines())
                        .flatMap(lines -> transactor.inTransaction(() -> {
                            Books open = books.shared(c.tenant());
                            ChartOfAccounts chart = books.chart(c.tenant(), open);
                            return open.requireOpen(c.date())
                                    .flatMap(date -> VoucherRules.check(chart, lines))
                                    .flatMap(checked -> dimensions(c.tenant(), chart, c.date(), checked))
                                    .map(checked -> insertDraft(c, word, checked));
                        })));
    }

    private Voucher insertDraft(EnterVoucherCommand c, VoucherWord word, List<VoucherLine> lines) {
        VoucherId id = vouchers.newIds(1).get(0);
        int number = vouchers.reserveNumbers(c.tenant(), YearMonth.from(c.date()), word, 1);
        Voucher voucher = new Voucher(id, word, number, c.date(), c.attachments(), VoucherStatus.DRAFT, VoucherOrigin.MANUAL,
                c.preparer(), Optional.empty(), lines, Optional.empty(), Optional.empty());
        vouchers.insert(c.tenant(), List.of(voucher));
        return voucher;
    }

    @Override
    public Either<AccountingError, Voucher> edit(EditDraftCommand c) {
        return header(c.date(), c.attachments()).flatMap(ok -> LineParser.lines(c.lines()))
                .flatMap(lines -> transactor.inTransaction(() -> {
                    Books open = books.shared(c.tenant());
                    return lockedDraft(c.tenant(), c.id(), "edit")
                            .flatMap(draft -> open.requireOpen(draft.date()).flatMap(d -> open.requireOpen(c.date()))
                                    .flatMap(d -> samePeriod(draft, c.date()))
                                    .flatMap(d -> sameWord(draft, c.word()))
                                    .flatMap(d -> VoucherRules.check(books.chart(c.tenant(), open), lines))
                                    .flatMap(checked -> dimensions(c.tenant(), books.chart(c.tenant(), open), c.date(), checked))
                                    .flatMap(checked -> reversalKept(draft, checked))
                                    .map(checked -> draft.withContent(c.date(), c.attachments(), checked)))
                            .peek(edited -> vouchers.update(c.tenant(), edited));
                }));
    }

    /** A draft keeps its 凭证字: its number is one of that word's sequence in the period (3.1). */
    private static Either<AccountingError, VoucherWord> sameWord(Voucher draft, String word) {
        if (word == null || word.isBlank()) {
            return Either.right(draft.word());
        }
        return LineParser.word(word).filterOrElse(w -> w == draft.word(), w -> new AccountingError.InvalidField("word",
                "a draft keeps its word " + draft.word().label() + " (its number is of that word's sequence);"
                        + " delete it and enter it again under " + w.label()));
    }

    /** A reversal draft reverses its original in full, so its lines stay as made (only date and attachments change). */
    private static Either<AccountingError, List<VoucherLine>> reversalKept(Voucher draft, List<VoucherLine> lines) {
        if (draft.reversalOf().isPresent() && !draft.lines().equals(lines)) {
            return Either.left(new AccountingError.IllegalReversalEdit(draft.id().value(), draft.reversalOf().get().value()));
        }
        return Either.right(lines);
    }

    @Override
    public Either<AccountingError, VoucherId> delete(TenantId tenant, VoucherId id) {
        return transactor.inTransaction(() -> {
            Books open = books.shared(tenant);
            return lockedDraft(tenant, id, "delete")
                    .flatMap(draft -> open.requireOpen(draft.date()).map(d -> draft.id()))
                    .peek(gone -> vouchers.delete(tenant, gone));
        });
    }

    @Override
    public Either<AccountingError, Voucher> find(TenantId tenant, VoucherId id) {
        return vouchers.find(tenant, id).<Either<AccountingError, Voucher>>map(Either::right)
                .orElseGet(() -> Either.left(new AccountingError.VoucherNotFound(id.value())));
    }

    @Override
    public List<Voucher> list(TenantId tenant, LocalDate from, LocalDate to) {
        return vouchers.list(tenant, from, to);
    }

    @Override
    public Either<AccountingError, Integer> renumber(TenantId tenant, YearMonth period) {
        return transactor.inTransaction(() -> books.exclusive(tenant).requireOpen(period.atDay(1)).map(open -> {
            List<Voucher> inPeriod = vouchers.list(tenant, period.atDay(1), period.atEndOfMonth()).stream()
                    .sorted(Comparator.comparing((Voucher v) -> v.word()).thenComparing(Voucher::date).thenComparing(Voucher::number))
                    .toList();
            Map<VoucherWord, Integer> next = new HashMap<>();
            Map<VoucherId, Integer> numbers = new HashMap<>();
            for (Voucher v : inPeriod) {
                int number = next.merge(v.word(), 1, Integer::sum);
                if (number != v.number()) {
                    numbers.put(v.id(), number);
                }
            }
            next.replaceAll((word, last) -> last + 1);
            vouchers.renumber(tenant, period, numbers, next);
            return numbers.size();
        }));
    }

    private Either<AccountingError, Voucher> lockedDraft(TenantId tenant, VoucherId id, String action) {
        return vouchers.lock(tenant, id)
                .<Either<AccountingError, Voucher>>map(Either::right)
                .orElseGet(() -> Either.left(new AccountingError.VoucherNotFound(id.value())))
                .filterOrElse(v -> v.status() == VoucherStatus.DRAFT,
                        v -> new AccountingError.IllegalTransition(v.id().value(), v.status(), action));
    }

    private static Either<AccountingError, LocalDate> samePeriod(Voucher draft, LocalDate date) {
        return YearMonth.from(date).equals(draft.period()) ? Either.right(date)
                : Either.left(new AccountingError.InvalidField("date", "a draft stays in its period " + draft.period()
                        + "; delete it and enter it again to move it"));
    }

    static Either<AccountingError, LocalDate> header(LocalDate date, int attachments) {
        if (date == null) {
            return Either.left(new AccountingError.InvalidField("date", "a date is required"));
        }
        if (!BusinessDates.isSupported(date)) {
            return Either.left(new AccountingError.InvalidField("date", BusinessDates.range()));
        }
        if (attachments < 0 || attachments > 10_000) {
            return Either.left(new AccountingError.InvalidField("attachments", "0 to 10000"));
        }
        return Either.right(date);
    }
}
