package io.xinling.persistence.accounting;

import io.xinling.application.accounting.port.LedgerEntry;
import io.xinling.application.accounting.port.LedgerRepository;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.BalanceRow;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.ForeignBalance;
import io.xinling.domain.accounting.LedgerPosting;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import org.jooq.Condition;
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.xinling.persistence.jooq.Tables.ACCOUNT_BALANCES;
import static io.xinling.persistence.jooq.Tables.VOUCHERS;
import static io.xinling.persistence.jooq.Tables.VOUCHER_LINES;

/**
 * Balance rows per (tenant, period, account, dimension tuple), upserted in one statement per posting, rows
 * sorted by key so concurrent postings lock them in the same order. Ranges are answered from whole months
 * of balance rows plus the lines of partial months at either end.
 */
public final class JooqLedgerRepository implements LedgerRepository {

    /** Fixed SQL on JDBC (see {@link Jdbc}): every posting runs it. */
    static final String UPSERT = """
            insert into account_balances as b (tenant_id, period, account_code, dim_key, dims, debit_minor, credit_minor, slot)
            select ?, *, ?::smallint
            from unnest(?::text[]::date[], ?::text[], ?::text[], ?::text[]::jsonb[], ?::bigint[], ?::bigint[])
            on conflict (tenant_id, period, dim_key, account_code, slot) do update
            set debit_minor = b.debit_minor + excluded.debit_minor, credit_minor = b.credit_minor + excluded.credit_minor""";

    private final DSLContext dsl;
    private final Jdbc jdbc;

    public JooqLedgerRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.jdbc = new Jdbc(dsl);
    }

    /** A balance row's key, ordered as the primary key (V70): every posting locks its rows in this one order. */
    private record BalanceKey(LocalDate period, String dimKey, String account) implements Comparable<BalanceKey> {
        @Override
        public int compareTo(BalanceKey other) {
            int c = period.compareTo(other.period);
            if (c == 0) {
                c = dimKey.compareTo(other.dimKey);
            }
            return c != 0 ? c : account.compareTo(other.account);
        }
    }

    /** The turnover a posting adds to one balance row. */
    private static final class Turnover {
        private final DimensionValues dims;
        private long debit;
        private long credit;

        private Turnover(DimensionValues dims) {
            this.dims = dims;
        }
    }

    @Override
    public void apply(TenantId tenant, List<? extends LedgerPosting> postings, int sign) {
        Object[] args = upsertArgs(tenant, postings, sign);
        if (args != null) {
            jdbc.update(UPSERT, args);
        }
    }

    /**
     * The arguments of {@link #UPSERT} adding the lines of {@code postings} (times {@code sign}) to their balance rows;
     * null when there are none. One statement whatever the number of rows: the columns travel as arrays (see
     * BulkInsert), rows in key order, so concurrent postings lock balance rows in the same order; the transaction's slot
     * ({@link BalanceSlots}), so concurrent postings on the same accounts touch different rows.
     */
    static Object[] upsertArgs(TenantId tenant, List<? extends LedgerPosting> postings, int sign) {
        Map<BalanceKey, Turnover> sums = new HashMap<>();
        for (LedgerPosting v : postings) {
            LocalDate period = v.period().atDay(1);
            for (VoucherLine line : v.lines()) {
                add(sums, new BalanceKey(period, "", line.account().value()), DimensionValues.NONE, line, sign);
                if (!line.dimensions().isEmpty()) {
                    add(sums, new BalanceKey(period, line.dimensions().key(), line.account().value()), line.dimensions(), line,
                            sign);
                }
            }
        }
        if (sums.isEmpty()) {
            return null;
        }
        List<Map.Entry<BalanceKey, Turnover>> rows = new ArrayList<>(sums.entrySet());
        rows.sort(Map.Entry.comparingByKey());
        int n = rows.size();
        String[] periods = new String[n];
        String[] accounts = new String[n];
        String[] dimKeys = new String[n];
        String[] dimJson = new String[n];
        Long[] debits = new Long[n];
        Long[] credits = new Long[n];
        for (int i = 0; i < n; i++) {
            BalanceKey key = rows.get(i).getKey();
            Turnover t = rows.get(i).getValue();
            // rows are in period order: one string per period
            periods[i] = i > 0 && key.period().equals(rows.get(i - 1).getKey().period()) ? periods[i - 1] : key.period().toString();
            accounts[i] = key.account();
            dimKeys[i] = key.dimKey();
            dimJson[i] = t.dims.isEmpty() ? "{}" : Dims.json(t.dims).data();
            debits[i] = t.debit;
            credits[i] = t.credit;
        }
        return new Object[] {tenant.value(), BalanceSlots.slot(), periods, accounts, dimKeys, dimJson, debits, credits};
    }

    private static void add(Map<BalanceKey, Turnover> sums, BalanceKey key, DimensionValues dims, VoucherLine line, int sign) {
        Turnover t = sums.computeIfAbsent(key, k -> new Turnover(dims));
        t.debit = Math.addExact(t.debit, sign * line.debit().minor());
        t.credit = Math.addExact(t.credit, sign * line.credit().minor());
    }

    @Override
    public List<BalanceRow> turnover(TenantId tenant, LocalDate from, LocalDate to, DimensionValues filter, boolean detail) {
        Map<String, long[]> sums = new TreeMap<>();
        if (from != null && from.isAfter(to)) {
            return List.of();
        }
        LocalDate fullFrom = from == null ? null : from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate fullTo = to.getDayOfMonth() == to.lengthOfMonth() ? to.withDayOfMonth(1) : to.withDayOfMonth(1).minusMonths(1);
        if (fullFrom == null || !fullFrom.isAfter(fullTo)) {
            fromBalances(tenant, fullFrom, fullTo, filter, detail, sums);
            if (from != null && from.getDayOfMonth() != 1) {
                fromLines(tenant, from, from.withDayOfMonth(from.lengthOfMonth()), filter, detail, sums);
            }
            if (to.getDayOfMonth() != to.lengthOfMonth()) {
                fromLines(tenant, to.withDayOfMonth(1), to, filter, detail, sums);
            }
        } else {
            fromLines(tenant, from, to, filter, detail, sums);
        }
        List<BalanceRow> rows = new ArrayList<>(sums.size());
        sums.forEach((key, s) -> {
            String[] parts = key.split("\\|", 2);
            rows.add(new BalanceRow(AccountCode.of(parts[0]), DimensionValues.fromKey(parts[1]), Money.cny(s[0]), Money.cny(s[1])));
        });
        return rows;
    }

    private void fromBalances(TenantId tenant, LocalDate from, LocalDate to, DimensionValues filter, boolean detail,
                              Map<String, long[]> sums) {
        Condition where = ACCOUNT_BALANCES.TENANT_ID.eq(tenant.value()).and(ACCOUNT_BALANCES.PERIOD.le(to));
        if (from != null) {
            where = where.and(ACCOUNT_BALANCES.PERIOD.ge(from));
        }
        collect(where, filter, detail, ACCOUNT_BALANCES.ACCOUNT_CODE, ACCOUNT_BALANCES.DIM_KEY, ACCOUNT_BALANCES.DIMS,
                ACCOUNT_BALANCES.DEBIT_MINOR, ACCOUNT_BALANCES.CREDIT_MINOR, ACCOUNT_BALANCES, sums, true);
    }

    private void fromLines(TenantId tenant, LocalDate from, LocalDate to, DimensionValues filter, boolean detail,
                           Map<String, long[]> sums) {
        Condition where = VOUCHER_LINES.TENANT_ID.eq(tenant.value()).and(VOUCHER_LINES.VOUCHER_DATE.between(from, to))
                .and(DSL.exists(DSL.selectOne().from(VOUCHERS).where(VOUCHERS.TENANT_ID.eq(VOUCHER_LINES.TENANT_ID),
                        VOUCHERS.VOUCHER_ID.eq(VOUCHER_LINES.VOUCHER_ID), VOUCHERS.STATUS.eq("POSTED"))));
        collect(where, filter, detail, VOUCHER_LINES.ACCOUNT_CODE, VOUCHER_LINES.DIM_KEY, VOUCHER_LINES.DIMS,
                VOUCHER_LINES.DEBIT_MINOR, VOUCHER_LINES.CREDIT_MINOR, VOUCHER_LINES, sums, false);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void collect(Condition where, DimensionValues filter, boolean detail, Field<String> account, Field<String> dimKey,
                         Field<org.jooq.JSONB> dims, Field<Long> debit, Field<Long> credit, org.jooq.Table<?> table,
                         Map<String, long[]> sums, boolean balanceTable) {
        Condition scope = where;
        if (!filter.isEmpty()) {
            scope = scope.and(DSL.condition("{0} @> {1}", dims, DSL.val(Dims.json(filter))));
            if (balanceTable) {
                scope = scope.and(dimKey.ne(""));
            }
        } else if (balanceTable && !detail) {
            scope = scope.and(dimKey.eq(""));
        }
        Field<BigDecimal> d = DSL.sum(debit);
        Field<BigDecimal> c = DSL.sum(credit);
        boolean byDims = detail;
        var select = byDims ? dsl.select(account, dimKey, d, c).from(table).where(scope).groupBy(account, dimKey)
                : dsl.select(account, DSL.val("").as("dim_key"), d, c).from(table).where(scope).groupBy(account);
        select.forEach(r -> {
            String key = r.get(0, String.class) + "|" + r.get(1, String.class);
            long[] s = sums.computeIfAbsent(key, k -> new long[2]);
            s[0] = Math.addExact(s[0], r.get(2, BigDecimal.class).longValueExact());
            s[1] = Math.addExact(s[1], r.get(3, BigDecimal.class).longValueExact());
            if (byDims && (!balanceTable || !filter.isEmpty()) && !r.get(1, String.class).isEmpty()) {
                long[] total = sums.computeIfAbsent(r.get(0, String.class) + "|", k -> new long[2]);
                total[0] = Math.addExact(total[0], r.get(2, BigDecimal.class).longValueExact());
                total[1] = Math.addExact(total[1], r.get(3, BigDecimal.class).longValueExact());
            }
        });
    }

    @Override
    public List<ForeignBalance> foreignBalances(TenantId tenant, LocalDate through) {
        return dsl.resultQuery("""
                select l.account_code, l.dim_key, l.fc_currency, sum(case when l.debit_minor <> 0 then l.fc_minor else -l.fc_minor end),
                       sum(l.debit_minor - l.credit_minor)
                from voucher_lines l join vouchers v on v.tenant_id = l.tenant_id and v.voucher_id = l.voucher_id
                where l.tenant_id = ? and l.voucher_date <= ? and l.fc_currency is not null and v.status = 'POSTED'
                group by l.account_code, l.dim_key, l.fc_currency
                order by l.account_code, l.dim_key, l.fc_currency""", tenant.value(), through)
                .fetch(r -> new ForeignBalance(AccountCode.of(r.get(0, String.class)), DimensionValues.fromKey(r.get(1, String.class)),
                        Money.of(r.get(3, BigDecimal.class).longValueExact(), java.util.Currency.getInstance(r.get(2, String.class))),
                        Money.cny(r.get(4, BigDecimal.class).longValueExact())));
    }

    @Override
    public List<BalanceRow> turnoverFromLines(TenantId tenant, LocalDate from, LocalDate to) {
        Map<String, long[]> sums = new TreeMap<>();
        fromLines(tenant, from, to, DimensionValues.NONE, false, sums);
        List<BalanceRow> rows = new ArrayList<>();
        sums.forEach((key, s) -> rows.add(new BalanceRow(AccountCode.of(key.substring(0, key.indexOf('|'))),
                DimensionValues.NONE, Money.cny(s[0]), Money.cny(s[1]))));
        return rows;
    }

    @Override
    public List<LedgerEntry> entries(TenantId tenant, AccountCode account, LocalDate from, LocalDate to, DimensionValues filter) {
        Condition where = VOUCHER_LINES.TENANT_ID.eq(tenant.value()).and(VOUCHER_LINES.VOUCHER_DATE.between(from, to))
                .and(VOUCHER_LINES.ACCOUNT_CODE.startsWith(account.value())).and(VOUCHERS.STATUS.eq("POSTED"));
        if (!filter.isEmpty()) {
            where = where.and(DSL.condition("{0} @> {1}", VOUCHER_LINES.DIMS, DSL.val(Dims.json(filter))));
        }
        return dsl.select(VOUCHER_LINES.fields()).select(VOUCHERS.WORD, VOUCHERS.NUMBER).from(VOUCHER_LINES).join(VOUCHERS)
                .on(VOUCHERS.TENANT_ID.eq(VOUCHER_LINES.TENANT_ID), VOUCHERS.VOUCHER_ID.eq(VOUCHER_LINES.VOUCHER_ID))
                .where(where).orderBy(VOUCHER_LINES.VOUCHER_DATE, VOUCHERS.WORD, VOUCHERS.NUMBER, VOUCHER_LINES.LINE_NO)
                .fetch(r -> new LedgerEntry(r.get(VOUCHER_LINES.VOUCHER_DATE), r.get(VOUCHER_LINES.VOUCHER_ID),
                        VoucherWord.fromLabel(r.get(VOUCHERS.WORD)).orElseThrow(), r.get(VOUCHERS.NUMBER),
                        VoucherRows.line(r.into(VOUCHER_LINES))));
    }
}
