package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.EnterVoucherUseCase.EnterVoucherCommand;
import io.xinling.application.accounting.port.LedgerRepository;
import io.xinling.domain.accounting.Account;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.SmallEnterpriseChart;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherStatus;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Runs generated histories against the accounting services over {@link InMemoryAccounting}. */
public final class HistoryRunner {

    static final TenantId TENANT = new TenantId(1);
    static final UserId REVIEWER = new UserId(2);
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final YearMonth FIRST = YearMonth.of(2026, 1);
    static final YearMonth LAST = YearMonth.of(2026, 4);
    private static final ChartOfAccounts CHART = SmallEnterpriseChart.chart();

    /** What a property checks after each step. */
    public interface Step {
        void check(HistoryRunner runner, Op op, Either<?, ?> outcome, List<Voucher> before, Books booksBefore);
    }

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    final LedgerRepository store;
    final AccountingServices services;
    private final Supplier<List<Voucher>> vouchers;
    private final TenantId tenant;
    private final UserId preparer;
    private final UserId reviewer;

    public HistoryRunner(AccountingServices services, LedgerRepository store, Supplier<List<Voucher>> vouchers,
                         TenantId tenant, UserId preparer, UserId reviewer) {
        this.services = services;
        this.store = store;
        this.vouchers = vouchers;
        this.tenant = tenant;
        this.preparer = preparer;
        this.reviewer = reviewer;
    }

    /** The in-memory model with tenant 1, preparer 1 and reviewer 2. */
    public static HistoryRunner inMemory() {
        InMemoryAccounting memory = new InMemoryAccounting();
        return new HistoryRunner(new AccountingServices(memory, memory, memory, memory, CLOCK), memory, memory::allVouchers,
                TENANT, new UserId(1), REVIEWER);
    }

    static void run(List<Op> history, Step step) {
        run(inMemory(), history, step);
    }

    public static void run(HistoryRunner runner, List<Op> history, Step step) {
        for (Op op : history) {
            List<Voucher> before = runner.vouchers();
            Books booksBefore = runner.books();
            Either<?, ?> outcome = runner.apply(op);
            step.check(runner, op, outcome, before, booksBefore);
        }
    }

    public List<Voucher> vouchers() {
        return vouchers.get();
    }

    public Books books() {
        return services.chart().settings(tenant);
    }

    public AccountingServices services() {
        return services;
    }

    public LedgerRepository store() {
        return store;
    }

    public TenantId tenant() {
        return tenant;
    }

    public Either<Object, Object> apply(Op op) {
        if (op instanceof Op.Enter e) {
            return widen(services.vouchers().enter(new EnterVoucherCommand(tenant, preparer, e.word(), START.plusDays(e.day()), 0,
                    e.lines().stream().map(HistoryRunner::input).toList())));
        }
        if (op instanceof Op.Post p) {
            return pick(p.pick(), VoucherStatus.DRAFT).map(v -> widen(services.posting().post(tenant, v.id(), p.selfReview() ? v.preparer() : reviewer)))
                    .orElseGet(() -> Either.left("nothing to post"));
        }
        if (op instanceof Op.Reverse r) {
            return pick(r.pick(), VoucherStatus.POSTED).map(v -> widen(services.posting().reverse(tenant, v.id(), START.plusDays(r.day()), preparer)))
                    .orElseGet(() -> Either.left("nothing to reverse"));
        }
        if (op instanceof Op.Delete d) {
            return pick(d.pick()).map(v -> widen(services.vouchers().delete(tenant, v.id())))
                    .orElseGet(() -> Either.left("nothing to delete"));
        }
        if (op instanceof Op.Renumber r) {
            return widen(services.vouchers().renumber(tenant, FIRST.plusMonths(r.month())));
        }
        if (op instanceof Op.Close) {
            return nextToClose().map(p -> widen(services.periods().close(tenant, p, reviewer)))
                    .orElseGet(() -> Either.left("all closed"));
        }
        return books().closedThrough().map(p -> widen(services.periods().reopen(tenant, p, reviewer, "test")))
                .orElseGet(() -> Either.left("nothing closed"));
    }

    private static Either<Object, Object> widen(Either<?, ?> e) {
        return e.isLeft() ? Either.left(e.getLeft()) : Either.right(e.get());
    }

    Optional<YearMonth> nextToClose() {
        YearMonth next = books().closedThrough().map(p -> p.plusMonths(1)).orElse(FIRST);
        return next.isAfter(LAST) ? Optional.empty() : Optional.of(next);
    }

    /** A voucher in {@code preferred} status when there is one, else any: refusals stay possible but rarer. */
    private Optional<Voucher> pick(int index, VoucherStatus preferred) {
        List<Voucher> all = vouchers().stream().sorted(Comparator.comparing(v -> v.id().value())).toList();
        List<Voucher> some = all.stream().filter(v -> v.status() == preferred).toList();
        if (!some.isEmpty() && index % 5 != 0) {
            return Optional.of(some.get(index % some.size()));
        }
        return pick(index);
    }

    private Optional<Voucher> pick(int index) {
        List<Voucher> all = vouchers().stream().sorted(Comparator.comparing(v -> v.id().value())).toList();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(index % all.size()));
    }

    private static LineInput input(Op.GenLine line) {
        String code = AccountingArbitraries.ACCOUNTS.get(line.account());
        Account account = CHART.find(AccountCode.of(code)).get();
        Map<String, String> dims = new HashMap<>();
        for (Dimension d : account.requiredDimensions()) {
            dims.put(d.wireName(), AccountingArbitraries.DIMENSION_VALUES.get(line.dimension()));
        }
        String amount = Money.cny(line.minor()).format();
        return new LineInput("gen", code, dims, line.debit() ? amount : null, line.debit() ? null : amount);
    }
}
