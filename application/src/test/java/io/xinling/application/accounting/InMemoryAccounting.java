package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.BooksRepository;
import io.xinling.application.accounting.port.LedgerEntry;
import io.xinling.application.accounting.port.LedgerRepository;
import io.xinling.application.accounting.port.VoucherRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.Account;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.BalanceRow;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherStatus;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The accounting ports in memory, for application tests and properties: a deliberately naive model that
 * answers every balance question by summing the posted lines. Its transactor restores a snapshot on Left.
 */
public final class InMemoryAccounting implements BooksRepository, VoucherRepository, LedgerRepository, Transactor {

    private record State(Map<TenantId, Books> books, Map<TenantId, List<Account>> accounts, Map<String, CloseRecord> closes,
                         Map<Long, Voucher> vouchers, Map<String, Integer> counters, long nextId) {
        State copy() {
            return new State(new HashMap<>(books), new HashMap<>(accounts), new HashMap<>(closes), new TreeMap<>(vouchers),
                    new HashMap<>(counters), nextId);
        }
    }

    private State state = new State(new HashMap<>(), new HashMap<>(), new HashMap<>(), new TreeMap<>(), new HashMap<>(), 1);
    private int depth;
    private final Map<String, List<io.xinling.domain.accounting.CloseWaiver>> waiverLog = new HashMap<>();
    private final Map<TenantId, Map<io.xinling.domain.settlement.PaymentMethod, io.xinling.domain.accounting.AccountCode>>
            paymentAccounts = new HashMap<>();
    private final Map<TenantId, List<io.xinling.domain.accounting.generation.TemplateRevision>> templateRevisions =
            new HashMap<>();

    @Override
    public <E, T> Either<E, T> inTransaction(Supplier<Either<E, T>> work) {
        State before = state.copy();
        depth++;
        try {
            Either<E, T> result = work.get();
            if (result.isLeft()) {
                state = before;
            }
            return result;
        } catch (RuntimeException e) {
            state = before;
            throw e;
        } finally {
            depth--;
        }
    }

    @Override
    public boolean inProgress() {
        return depth > 0;
    }

    /** Every voucher, all tenants: this fake serves one tenant per test. */
    public List<Voucher> allVouchers() {
        return List.copyOf(state.vouchers.values());
    }

    @Override
    public void initialize(TenantId tenant, List<Account> chart, Instant at) {
        if (!state.books.containsKey(tenant)) {
            state.books.put(tenant, Books.fresh());
            state.accounts.put(tenant, List.copyOf(chart));
        }
    }

    @Override
    public Optional<Books> lockShared(TenantId tenant) {
        return Optional.ofNullable(state.books.get(tenant));
    }

    @Override
    public Optional<Books> lockExclusive(TenantId tenant) {
        return lockShared(tenant);
    }

    @Override
    public void setClosedThrough(TenantId tenant, Optional<YearMonth> closedThrough) {
        state.books.put(tenant, state.books.get(tenant).closedThrough(closedThrough));
    }

    @Override
    public void setAllowSelfReview(TenantId tenant, boolean allow) {
        Books b = state.books.get(tenant);
        state.books.put(tenant, new Books(b.closedThrough(), allow, b.taxpayerKind(), b.taxLocation(), 0, b.templatesVersion()));
    }

    @Override
    public void setTaxSettings(TenantId tenant, io.xinling.domain.accounting.TaxpayerKind kind,
                               io.xinling.domain.accounting.TaxLocation location) {
        Books b = state.books.get(tenant);
        state.books.put(tenant, new Books(b.closedThrough(), b.allowSelfReview(), kind, location, 0, b.templatesVersion()));
    }

    @Override
    public List<Account> accounts(TenantId tenant) {
        return state.accounts.getOrDefault(tenant, List.of());
    }

    @Override
    public void addAccount(TenantId tenant, Account account) {
        List<Account> all = new ArrayList<>(accounts(tenant));
        all.add(account);
        state.accounts.put(tenant, List.copyOf(all));
    }

    @Override
    public void removeAccount(TenantId tenant, io.xinling.domain.accounting.AccountCode code) {
        state.accounts.put(tenant, accounts(tenant).stream().filter(a -> !a.code().equals(code)).toList());
    }

    @Override
    public void recordClose(TenantId tenant, CloseRecord close, Instant at, UserId by) {
        state.closes.put(tenant + "|" + close.period(), close);
    }

    @Override
    public Map<io.xinling.domain.settlement.PaymentMethod, io.xinling.domain.accounting.AccountCode> paymentAccounts(
            TenantId tenant) {
        return Map.copyOf(paymentAccounts.getOrDefault(tenant, Map.of()));
    }

    @Override
    public void setPaymentAccount(TenantId tenant, io.xinling.domain.settlement.PaymentMethod method,
                                  io.xinling.domain.accounting.AccountCode account) {
        paymentAccounts.computeIfAbsent(tenant, t -> new HashMap<>()).put(method, account);
    }

    @Override
    public List<io.xinling.domain.accounting.generation.TemplateRevision> templateRevisions(TenantId tenant) {
        return List.copyOf(templateRevisions.getOrDefault(tenant, List.of()));
    }

    @Override
    public void addTemplateRevision(TenantId tenant, io.xinling.domain.accounting.generation.TemplateRevision revision,
                                    Instant at, io.xinling.domain.kernel.UserId by) {
        templateRevisions.computeIfAbsent(tenant, t -> new ArrayList<>()).add(revision);
        Books b = state.books.get(tenant);
        state.books.put(tenant, new Books(b.closedThrough(), b.allowSelfReview(), b.taxpayerKind(), b.taxLocation(), 0,
                b.templatesVersion() + 1));
    }

    @Override
    public void recordWaivers(TenantId tenant, YearMonth period, List<io.xinling.domain.accounting.CloseWaiver> waivers,
                              Instant at) {
        waiverLog.put(tenant + "|" + period, List.copyOf(waivers));
    }

    @Override
    public List<io.xinling.domain.accounting.CloseWaiver> waivers(TenantId tenant, YearMonth period) {
        return state.closes.containsKey(tenant + "|" + period) ? waiverLog.getOrDefault(tenant + "|" + period, List.of())
                : List.of();
    }

    @Override
    public Optional<CloseRecord> removeClose(TenantId tenant, YearMonth period, Instant at, UserId by, String reason) {
        return Optional.ofNullable(state.closes.remove(tenant + "|" + period));
    }

    @Override
    public List<VoucherId> newIds(int count) {
        List<VoucherId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(new VoucherId(state.nextId + i));
        }
        state = new State(state.books, state.accounts, state.closes, state.vouchers, state.counters, state.nextId + count);
        return ids;
    }

    @Override
    public int reserveNumbers(TenantId tenant, YearMonth period, VoucherWord word, int count) {
        String key = tenant + "|" + period + "|" + word;
        int first = state.counters.getOrDefault(key, 1);
        state.counters.put(key, first + count);
        return first;
    }

    @Override
    public void releaseNumber(TenantId tenant, YearMonth period, VoucherWord word, int number) {
        String key = tenant + "|" + period + "|" + word;
        if (state.counters.getOrDefault(key, 1) == number + 1) {
            state.counters.put(key, number);
        }
    }

    @Override
    public void insert(TenantId tenant, List<Voucher> vouchers) {
        vouchers.forEach(v -> state.vouchers.put(v.id().value(), v));
    }

    @Override
    public Optional<Voucher> find(TenantId tenant, VoucherId id) {
        return Optional.ofNullable(state.vouchers.get(id.value()));
    }

    @Override
    public Optional<Voucher> lock(TenantId tenant, VoucherId id) {
        return find(tenant, id);
    }

    @Override
    public List<Voucher> lockAll(TenantId tenant, List<VoucherId> ids) {
        return ids.stream().map(VoucherId::value).sorted().distinct().map(id -> find(tenant, new VoucherId(id)))
                .flatMap(Optional::stream).toList();
    }

    @Override
    public void update(TenantId tenant, Voucher voucher) {
        state.vouchers.put(voucher.id().value(), voucher);
    }

    @Override
    public void delete(TenantId tenant, VoucherId id) {
        state.vouchers.remove(id.value());
    }

    @Override
    public List<Voucher> list(TenantId tenant, LocalDate from, LocalDate to) {
        return state.vouchers.values().stream().filter(v -> !v.date().isBefore(from) && !v.date().isAfter(to))
                .sorted(Comparator.comparing(Voucher::date).thenComparing(Voucher::word).thenComparing(Voucher::number)).toList();
    }

    @Override
    public Optional<VoucherId> reversalOf(TenantId tenant, VoucherId original) {
        return state.vouchers.values().stream().filter(v -> v.reversalOf().equals(Optional.of(original))).map(Voucher::id).findFirst();
    }

    @Override
    public List<Voucher> findGenerated(TenantId tenant, Set<String> keys) {
        return state.vouchers.values().stream()
                .filter(v -> v.provenance().filter(p -> keys.contains(p.generationKey())).isPresent()).toList();
    }

    @Override
    public int countDrafts(TenantId tenant, LocalDate through) {
        return (int) state.vouchers.values().stream().filter(v -> v.status() == VoucherStatus.DRAFT && !v.date().isAfter(through)).count();
    }

    @Override
    public List<String> numberGaps(TenantId tenant, YearMonth period) {
        Map<VoucherWord, java.util.SortedSet<Integer>> used = new TreeMap<>();
        state.vouchers.values().stream().filter(v -> v.period().equals(period))
                .forEach(v -> used.computeIfAbsent(v.word(), w -> new java.util.TreeSet<>()).add(v.number()));
        List<String> gaps = new ArrayList<>();
        used.forEach((word, numbers) -> {
            for (int n = 1; n < numbers.last(); n++) {
                if (!numbers.contains(n)) {
                    gaps.add(word.label() + "-" + n);
                }
            }
        });
        return gaps;
    }

    @Override
    public boolean hasLines(TenantId tenant, AccountCode account) {
        return state.vouchers.values().stream().anyMatch(v -> v.lines().stream().anyMatch(l -> l.account().equals(account)));
    }

    @Override
    public List<Voucher> listByOrigin(TenantId tenant, LocalDate from, LocalDate to, VoucherOrigin origin) {
        return list(tenant, from, to).stream().filter(v -> v.origin() == origin).toList();
    }

    @Override
    public void renumber(TenantId tenant, YearMonth period, Map<VoucherId, Integer> numbers, Map<VoucherWord, Integer> next) {
        numbers.forEach((id, n) -> state.vouchers.put(id.value(), state.vouchers.get(id.value()).withNumber(n)));
        next.forEach((word, n) -> state.counters.put(tenant + "|" + period + "|" + word, n));
    }

    @Override
    public void apply(TenantId tenant, List<? extends io.xinling.domain.accounting.LedgerPosting> postings, int sign) {
        // balances are derived from the posted lines on every read
    }

    @Override
    public List<BalanceRow> turnover(TenantId tenant, LocalDate from, LocalDate to, DimensionValues filter, boolean detail) {
        Map<String, Money[]> sums = new TreeMap<>();
        for (Voucher v : state.vouchers.values()) {
            if (v.status() != VoucherStatus.POSTED || (from != null && v.date().isBefore(from)) || v.date().isAfter(to)) {
                continue;
            }
            for (VoucherLine line : v.lines()) {
                if (line.dimensions().matches(filter)) {
                    add(sums, line.account().value() + "|", line);
                    if (detail && !line.dimensions().isEmpty()) {
                        add(sums, line.account().value() + "|" + line.dimensions().key(), line);
                    }
                }
            }
        }
        List<BalanceRow> rows = new ArrayList<>();
        sums.forEach((key, s) -> rows.add(new BalanceRow(AccountCode.of(key.substring(0, key.indexOf('|'))),
                DimensionValues.fromKey(key.substring(key.indexOf('|') + 1)), s[0], s[1])));
        return rows;
    }

    private static void add(Map<String, Money[]> sums, String key, VoucherLine line) {
        Money[] s = sums.computeIfAbsent(key, k -> new Money[]{Money.cny(0), Money.cny(0)});
        s[0] = s[0].plus(line.debit());
        s[1] = s[1].plus(line.credit());
    }

    @Override
    public List<io.xinling.domain.accounting.ForeignBalance> foreignBalances(TenantId tenant, LocalDate through) {
        Map<String, Money[]> sums = new TreeMap<>();
        Map<String, VoucherLine> first = new TreeMap<>();
        for (Voucher v : state.vouchers.values()) {
            if (v.status() != VoucherStatus.POSTED || v.date().isAfter(through)) {
                continue;
            }
            for (VoucherLine line : v.lines()) {
                line.foreign().ifPresent(f -> {
                    String key = line.account() + "|" + line.dimensions().key() + "|" + f.original().currency();
                    Money original = line.isDebit() ? f.original() : f.original().negate();
                    Money[] s = sums.computeIfAbsent(key, k -> new Money[]{Money.zero(f.original().currency()), Money.cny(0)});
                    s[0] = s[0].plus(original);
                    s[1] = s[1].plus(line.signed());
                    first.putIfAbsent(key, line);
                });
            }
        }
        List<io.xinling.domain.accounting.ForeignBalance> out = new ArrayList<>();
        sums.forEach((key, s) -> out.add(new io.xinling.domain.accounting.ForeignBalance(first.get(key).account(),
                first.get(key).dimensions(), s[0], s[1])));
        return out;
    }

    @Override
    public List<BalanceRow> turnoverFromLines(TenantId tenant, LocalDate from, LocalDate to) {
        return turnover(tenant, from, to, DimensionValues.NONE, false);
    }

    @Override
    public List<LedgerEntry> entries(TenantId tenant, AccountCode account, LocalDate from, LocalDate to, DimensionValues filter) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (Voucher v : list(tenant, from, to)) {
            if (v.status() == VoucherStatus.POSTED) {
                v.lines().stream().filter(l -> l.account().isWithin(account) && l.dimensions().matches(filter))
                        .forEach(l -> entries.add(new LedgerEntry(v.date(), v.id().value(), v.word(), v.number(), l)));
            }
        }
        return entries;
    }
}
