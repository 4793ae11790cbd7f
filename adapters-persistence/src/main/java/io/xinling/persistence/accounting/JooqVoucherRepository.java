package io.xinling.persistence.accounting;

import io.xinling.application.accounting.port.VoucherRepository;
import io.xinling.application.accounting.port.VoucherRepository.NumberBlock;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.TenantId;
import io.xinling.persistence.common.Jdbc;
import io.xinling.persistence.jooq.tables.records.VouchersRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.xinling.persistence.jooq.Tables.VOUCHERS;
import static io.xinling.persistence.jooq.Tables.VOUCHER_COUNTERS;
import static io.xinling.persistence.jooq.Tables.VOUCHER_LINES;

public final class JooqVoucherRepository implements VoucherRepository {

    private static final int ROWS_PER_INSERT = 2_000;

    /**
     * A voucher and its lines under the voucher's lock, two statements in one round trip: the lines are read by the
     * second, after the first has the lock (a new snapshot per statement), so they are the ones committed by whoever
     * held the voucher before. Fixed SQL on JDBC (see {@link Jdbc}): every post and edit starts here.
     */
    private static final String LOCK = "select " + VoucherRows.HEADER_COLUMNS
            + " from vouchers where tenant_id = ? and voucher_id = ? for update;\n"
            + "select " + VoucherRows.LINE_COLUMNS + " from voucher_lines where tenant_id = ? and voucher_id = ? order by line_no";
    /** {@link #LOCK} for many vouchers, their rows locked in id order. */
    static final String LOCK_ALL = "select " + VoucherRows.HEADER_COLUMNS
            + " from vouchers where tenant_id = ? and voucher_id = any(?) order by voucher_id for update;\n"
            + "select voucher_id, " + VoucherRows.LINE_COLUMNS
            + " from voucher_lines where tenant_id = ? and voucher_id = any(?) order by voucher_id, line_no";
    private static final String RESERVE_BLOCKS = """
            insert into voucher_counters as c (tenant_id, period, word, next_number)
            select ?, b.period, b.word, 1 + b.count
            from unnest(?::text[]::date[], ?::text[], ?::int[]) as b(period, word, count)
            order by b.period, b.word
            on conflict (tenant_id, period, word) do update set next_number = c.next_number + excluded.next_number - 1
            returning c.period::text, c.word, c.next_number""";
    private static final String NEW_IDS = "select nextval('voucher_id_seq') from generate_series(1, ?)";
    /**
     * One index probe per key whatever the planner believes about the table's size (a fresh, fast-growing table has no
     * statistics, and an IN list or = any() then scans it once per batch). "offset 0" keeps the subquery from being pulled
     * up into a join: the planner turned that join into a hash join over every voucher of the tenant (through
     * vouchers_by_date) whenever the statistics lagged behind a batch load, a cost growing with the table.
     */
    private static final String FIND_GENERATED = "select " + VoucherRows.HEADER_COLUMNS
            + " from unnest(?::text[]) as k(key) cross join lateral "
            + "(select * from vouchers x where x.tenant_id = ? and x.generation_key = k.key offset 0) v";
    /**
     * {@link #FIND_GENERATED} for one key, as a document's post asks: with an array PostgreSQL planned the statement
     * again on every call (a custom plan for the array it was given looked cheaper than the cached generic one), about
     * 250 µs of server time per post.
     */
    private static final String FIND_ONE_GENERATED = "select " + VoucherRows.HEADER_COLUMNS
            + " from vouchers where generation_key = ? and tenant_id = ?";
    static final String STATUSES = """
            update vouchers v set status = u.status, reviewer_id = u.reviewer
            from unnest(?::bigint[], ?::text[], ?::bigint[]) as u(id, status, reviewer)
            where v.tenant_id = ? and v.voucher_id = u.id""";

    private final DSLContext dsl;
    private final DSLContext numbers;
    private final Jdbc jdbc;
    private final Jdbc numberJdbc;

    /** Numbers taken in the caller's transaction: the counter row stays locked until it commits. */
    public JooqVoucherRepository(DSLContext dsl) {
        this(dsl, dsl);
    }

    /**
     * Numbers taken through {@code numbers}, a context whose statements commit at once ({@code Database.numbers()}):
     * the counter row is locked only while one statement runs, so postings of a tenant do not wait for each other's
     * commit; a number taken by a transaction that rolls back becomes a gap (3.1: the close warns, 断号整理 closes it).
     */
    public JooqVoucherRepository(DSLContext dsl, DSLContext numbers) {
        this.dsl = dsl;
        this.numbers = numbers;
        this.jdbc = new Jdbc(dsl);
        this.numberJdbc = new Jdbc(numbers);
    }

    @Override
    public List<VoucherId> newIds(int count) {
        return jdbc.query(NEW_IDS, JooqVoucherRepository::ids, count);
    }

    private static List<VoucherId> ids(java.sql.ResultSet rows) throws java.sql.SQLException {
        List<VoucherId> ids = new ArrayList<>();
        while (rows.next()) {
            ids.add(new VoucherId(rows.getLong(1)));
        }
        return ids;
    }

    @Override
    public int reserveNumbers(TenantId tenant, YearMonth period, VoucherWord word, int count) {
        int next = numbers.insertInto(VOUCHER_COUNTERS)
                .set(VOUCHER_COUNTERS.TENANT_ID, tenant.value())
                .set(VOUCHER_COUNTERS.PERIOD, period.atDay(1))
                .set(VOUCHER_COUNTERS.WORD, word.label())
                .set(VOUCHER_COUNTERS.NEXT_NUMBER, 1 + count)
                .onConflict(VOUCHER_COUNTERS.TENANT_ID, VOUCHER_COUNTERS.PERIOD, VOUCHER_COUNTERS.WORD)
                .doUpdate().set(VOUCHER_COUNTERS.NEXT_NUMBER, VOUCHER_COUNTERS.NEXT_NUMBER.plus(count))
                .returning(VOUCHER_COUNTERS.NEXT_NUMBER).fetchOne(VOUCHER_COUNTERS.NEXT_NUMBER);
        return next - count;
    }

    @Override
    public List<Integer> reserveNumbers(TenantId tenant, List<NumberBlock> blocks) {
        return reserve(tenant, blocks, 0).firsts();
    }

    /**
     * One round trip: the blocks in one statement, counter rows taken in key order (so concurrent batches never
     * deadlock), and the ids, which a sequence hands out alike on any connection.
     */
    @Override
    public Reserved reserve(TenantId tenant, List<NumberBlock> blocks, int ids) {
        String[] periods = blocks.stream().map(b -> b.period().atDay(1).toString()).toArray(String[]::new);
        String[] words = blocks.stream().map(b -> b.word().label()).toArray(String[]::new);
        Integer[] counts = blocks.stream().map(NumberBlock::count).toArray(Integer[]::new);
        List<Object> found = numberJdbc.queries(RESERVE_BLOCKS + ";\n" + NEW_IDS, List.of(rows -> {
            Map<String, Integer> next = new HashMap<>();
            while (rows.next()) {
                next.put(rows.getString(1) + "|" + rows.getString(2), rows.getInt(3));
            }
            return next;
        }, JooqVoucherRepository::ids), tenant.value(), periods, words, counts, ids);
        @SuppressWarnings("unchecked")
        Map<String, Integer> next = (Map<String, Integer>) found.get(0);
        List<Integer> firsts = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            firsts.add(next.get(periods[i] + "|" + words[i]) - counts[i]);
        }
        @SuppressWarnings("unchecked")
        List<VoucherId> taken = (List<VoucherId>) found.get(1);
        return new Reserved(firsts, taken);
    }

    @Override
    public void releaseNumber(TenantId tenant, YearMonth period, VoucherWord word, int number) {
        dsl.update(VOUCHER_COUNTERS).set(VOUCHER_COUNTERS.NEXT_NUMBER, number)
                .where(counter(tenant, period, word), VOUCHER_COUNTERS.NEXT_NUMBER.eq(number + 1)).execute();
    }

    @Override
    public void insert(TenantId tenant, List<Voucher> vouchers) {
        if (vouchers.isEmpty()) {
            return;
        }
        BulkInsert.vouchers(dsl, tenant, vouchers);
    }

    private <R extends org.jooq.TableRecord<R>> void insertRows(List<R> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<R> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            var insert = dsl.insertInto(chunk.get(0).getTable()).columns(chunk.get(0).fields());
            for (R row : chunk) {
                insert = insert.values(row.intoList());
            }
            insert.execute();
        }
    }

    @Override
    public Optional<Voucher> find(TenantId tenant, VoucherId id) {
        return dsl.selectFrom(VOUCHERS).where(key(tenant, id)).fetchOptional().map(h -> withLines(tenant, List.of(h)).get(0));
    }

    @Override
    public Optional<Voucher> lock(TenantId tenant, VoucherId id) {
        List<Object> results = jdbc.queries(LOCK, List.of(VoucherRows::headers, VoucherRows::lines),
                tenant.value(), id.value(), tenant.value(), id.value());
        @SuppressWarnings("unchecked")
        List<VoucherRows.Header> header = (List<VoucherRows.Header>) results.get(0);
        @SuppressWarnings("unchecked")
        List<VoucherLine> lines = (List<VoucherLine>) results.get(1);
        return header.isEmpty() ? Optional.empty() : Optional.of(header.get(0).with(lines));
    }

    @Override
    public List<Voucher> lockAll(TenantId tenant, List<VoucherId> ids) {
        Long[] keys = lockKeys(ids);
        List<Object> results = jdbc.queries(LOCK_ALL, List.of(VoucherRows::headers, VoucherRows::linesByVoucher),
                tenant.value(), keys, tenant.value(), keys);
        return locked(results.get(0), results.get(1));
    }

    /** The arguments of {@link #LOCK_ALL} but the tenant: the ids, sorted and distinct. */
    static Long[] lockKeys(List<VoucherId> ids) {
        return ids.stream().map(VoucherId::value).sorted().distinct().toArray(Long[]::new);
    }

    /** The vouchers of the two results of {@link #LOCK_ALL}. */
    @SuppressWarnings("unchecked")
    static List<Voucher> locked(Object headers, Object lines) {
        Map<Long, List<VoucherLine>> byVoucher = (Map<Long, List<VoucherLine>>) lines;
        return ((List<VoucherRows.Header>) headers).stream().map(h -> h.with(byVoucher.getOrDefault(h.id(), List.of()))).toList();
    }

    @Override
    public void update(TenantId tenant, Voucher voucher) {
        VouchersRecord header = VoucherRows.header(dsl, tenant, voucher);
        dsl.update(VOUCHERS).set(header).where(key(tenant, voucher.id())).execute();
        dsl.deleteFrom(VOUCHER_LINES).where(VOUCHER_LINES.TENANT_ID.eq(tenant.value()),
                VOUCHER_LINES.VOUCHER_ID.eq(voucher.id().value())).execute();
        insertRows(VoucherRows.lines(dsl, tenant, voucher));
    }

    @Override
    public void updateStatuses(TenantId tenant, List<Voucher> changed) {
        if (!changed.isEmpty()) {
            jdbc.update(STATUSES, statusArgs(tenant, changed));
        }
    }

    /** The arguments of {@link #STATUSES}. */
    static Object[] statusArgs(TenantId tenant, List<Voucher> changed) {
        int n = changed.size();
        Long[] ids = new Long[n];
        String[] statuses = new String[n];
        Long[] reviewers = new Long[n];
        for (int i = 0; i < n; i++) {
            Voucher v = changed.get(i);
            ids[i] = v.id().value();
            statuses[i] = v.status().name();
            reviewers[i] = v.reviewer().map(io.xinling.domain.kernel.UserId::value).orElse(null);
        }
        return new Object[] {ids, statuses, reviewers, tenant.value()};
    }

    @Override
    public void delete(TenantId tenant, VoucherId id) {
        dsl.deleteFrom(VOUCHER_LINES).where(VOUCHER_LINES.TENANT_ID.eq(tenant.value()), VOUCHER_LINES.VOUCHER_ID.eq(id.value()))
                .execute();
        dsl.deleteFrom(VOUCHERS).where(key(tenant, id)).execute();
    }

    @Override
    public List<Voucher> list(TenantId tenant, LocalDate from, LocalDate to) {
        return withLines(tenant, dsl.selectFrom(VOUCHERS).where(VOUCHERS.TENANT_ID.eq(tenant.value()), periods(from, to),
                VOUCHERS.VOUCHER_DATE.between(from, to)).orderBy(VOUCHERS.VOUCHER_DATE, VOUCHERS.WORD, VOUCHERS.NUMBER).fetch());
    }

    /**
     * The periods holding the dates from {@code from} through {@code to}: a voucher's period is the month of its date,
     * and reads by date find their vouchers through the index of numbers, which leads with the period (V78).
     */
    private static org.jooq.Condition periods(LocalDate from, LocalDate to) {
        return VOUCHERS.PERIOD.between(from.withDayOfMonth(1), to.withDayOfMonth(1));
    }

    @Override
    public List<Voucher> listByOrigin(TenantId tenant, LocalDate from, LocalDate to, VoucherOrigin origin) {
        return withLines(tenant, dsl.selectFrom(VOUCHERS).where(VOUCHERS.TENANT_ID.eq(tenant.value()), periods(from, to),
                VOUCHERS.VOUCHER_DATE.between(from, to), VOUCHERS.ORIGIN.eq(origin.name())).fetch());
    }

    @Override
    public Optional<VoucherId> reversalOf(TenantId tenant, VoucherId original) {
        return dsl.select(VOUCHERS.VOUCHER_ID).from(VOUCHERS)
                .where(VOUCHERS.TENANT_ID.eq(tenant.value()), VOUCHERS.REVERSAL_OF.eq(original.value()))
                .fetchOptional(r -> new VoucherId(r.value1()));
    }

    @Override
    public List<Voucher> findGenerated(TenantId tenant, Set<String> generationKeys) {
        if (generationKeys.isEmpty()) {
            return List.of();
        }
        List<VoucherRows.Header> found = generationKeys.size() == 1
                ? jdbc.query(FIND_ONE_GENERATED, VoucherRows::headers, generationKeys.iterator().next(), tenant.value())
                : jdbc.query(FIND_GENERATED, VoucherRows::headers, generationKeys.toArray(String[]::new), tenant.value());
        return headersWithLines(tenant, found);
    }

    @Override
    public int countDrafts(TenantId tenant, LocalDate through) {
        return dsl.fetchCount(VOUCHERS, VOUCHERS.TENANT_ID.eq(tenant.value()), VOUCHERS.STATUS.eq("DRAFT"),
                VOUCHERS.PERIOD.le(through.withDayOfMonth(1)), VOUCHERS.VOUCHER_DATE.le(through));
    }

    @Override
    public List<String> numberGaps(TenantId tenant, YearMonth period) {
        return dsl.resultQuery("""
                select m.word || '-' || g.n from
                  (select word, max(number) as top from vouchers where tenant_id = ? and period = ? group by word) m
                  cross join lateral generate_series(1, m.top) as g(n)
                where not exists (select 1 from vouchers x
                                  where x.tenant_id = ? and x.period = ? and x.word = m.word and x.number = g.n)
                order by m.word, g.n""", tenant.value(), period.atDay(1), tenant.value(), period.atDay(1))
                .fetch(r -> r.get(0, String.class));
    }

    @Override
    public boolean hasLines(TenantId tenant, AccountCode account) {
        return dsl.fetchExists(VOUCHER_LINES, VOUCHER_LINES.TENANT_ID.eq(tenant.value()),
                VOUCHER_LINES.ACCOUNT_CODE.eq(account.value()));
    }

    @Override
    public void renumber(TenantId tenant, YearMonth period, Map<VoucherId, Integer> numbers, Map<VoucherWord, Integer> next) {
        numbers.forEach((id, number) -> dsl.update(VOUCHERS).set(VOUCHERS.NUMBER, number).where(key(tenant, id)).execute());
        next.forEach((word, n) -> dsl.update(VOUCHER_COUNTERS).set(VOUCHER_COUNTERS.NEXT_NUMBER, n)
                .where(counter(tenant, period, word)).execute());
    }

    private List<Voucher> withLines(TenantId tenant, List<VouchersRecord> records) {
        return headersWithLines(tenant, records.stream().map(VoucherRows::header).toList());
    }

    private List<Voucher> headersWithLines(TenantId tenant, List<VoucherRows.Header> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<VoucherLine>> lines = new HashMap<>();
        List<Long> ids = headers.stream().map(VoucherRows.Header::id).toList();
        for (int from = 0; from < ids.size(); from += 10_000) {
            dsl.selectFrom(VOUCHER_LINES).where(VOUCHER_LINES.TENANT_ID.eq(tenant.value()),
                            VOUCHER_LINES.VOUCHER_ID.in(ids.subList(from, Math.min(ids.size(), from + 10_000))))
                    .orderBy(VOUCHER_LINES.VOUCHER_ID, VOUCHER_LINES.LINE_NO)
                    .forEach(r -> lines.computeIfAbsent(r.getVoucherId(), k -> new ArrayList<>()).add(VoucherRows.line(r)));
        }
        return headers.stream().map(h -> h.with(lines.get(h.id()))).toList();
    }

    private static Condition key(TenantId tenant, VoucherId id) {
        return VOUCHERS.TENANT_ID.eq(tenant.value()).and(VOUCHERS.VOUCHER_ID.eq(id.value()));
    }

    private static Condition counter(TenantId tenant, YearMonth period, VoucherWord word) {
        return DSL.and(VOUCHER_COUNTERS.TENANT_ID.eq(tenant.value()), VOUCHER_COUNTERS.PERIOD.eq(period.atDay(1)),
                VOUCHER_COUNTERS.WORD.eq(word.label()));
    }
}
