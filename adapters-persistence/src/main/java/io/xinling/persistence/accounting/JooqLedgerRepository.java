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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Fixed SQL on JDBC (see {@link Jdbc}): every posting runs it. A period travels as its month number (year × 12 +
     * month − 1) and the dimensions of a total row as null: the server then parses no date and no JSON for most rows.
     */
    static final String UPSERT = """
            insert into account_balances as b (tenant_id, period, account_code, dim_key, dims, debit_minor, credit_minor, slot)
            select ?, make_date(u.month / 12, u.month % 12 + 1, 1), u.account, u.dim_key, coalesce(u.dims::jsonb, '{}'),
                   u.debit, u.credit, ?::smallint
            from unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[])
                as u (month, account, dim_key, dims, debit, credit)
            on conflict (tenant_id, period, dim_key, account_code, slot) do update
            set debit_minor = b.debit_minor + excluded.debit_minor, credit_minor = b.credit_minor + excluded.credit_minor""";

    private final DSLContext dsl;
    private final Jdbc jdbc;

    public JooqLedgerRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.jdbc = new Jdbc(dsl);
    }

    /**
     * One balance row a posting adds to, and the turnover it adds: equal by key (period, dimension key, account), ordered
     * as the primary key (V70), so every posting locks its rows in this one order. The period is kept as a month number
     * and the hash is mixed once: a generated batch puts thousands of rows in a map and sorts them.
     */
    private static final class Row {
        private final int month;
        private final String dimKey;
        private final String account;
        private final DimensionValues dims;
        private final int hash;
        private long debit;
        private long credit;

        private Row(int month, String dimKey, String account, DimensionValues dims) {
            this.month = month;
            this.dimKey = dimKey;
            this.account = account;
            this.dims = dims;
            this.hash = (account.hashCode() * 0x9E3779B9 + dimKey.hashCode()) * 31 + month;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && r.month == month && r.account.equals(account) && r.dimKey.equals(dimKey);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        private static int compare(Row a, Row b) {
            if (a.month != b.month) {
                return Integer.compare(a.month, b.month);
            }
            int c = a.dimKey.compareTo(b.dimKey);
            return c != 0 ? c : a.account.compareTo(b.account);
        }
    }

    @Override
    public void apply(TenantId tenant, List<? extends LedgerPosting> postings, int sign) {
        Object[] args = upsertArgs(tenant, postings, sign);
        if (args != null) {
            jdbc.later(UPSERT, args);
        }
    }

    /**
     * The arguments of {@link #UPSERT} adding the lines of {@code postings} (times {@code sign}) to their balance rows;
     * null when there are none. One statement whatever the number of rows: the columns travel as arrays (see
     * BulkInsert), rows in key order, so concurrent postings lock balance rows in the same order; the transaction's slot
     * ({@link BalanceSlots}), so concurrent postings on the same accounts touch different rows.
     */
    static Object[] upsertArgs(TenantId tenant, List<? extends LedgerPosting> postings, int sign) {
        Map<Row, Row> sums = new HashMap<>();
        for (LedgerPosting v : postings) {
            YearMonth period = v.period();
            int month = period.getYear() * 12 + period.getMonthValue() - 1;
            for (VoucherLine line : v.lines()) {
                String account = line.account().value();
                add(sums, new Row(month, "", account, DimensionValues.NONE), line, sign);
                if (!line.dimensions().isEmpty()) {
                    add(sums, new Row(month, line.dimensions().key(), account, line.dimensions()), line, sign);
                }
            }
        }
        if (sums.isEmpty()) {
            return null;
        }
        Row[] rows = sums.keySet().toArray(new Row[0]);
        Arrays.sort(rows, Row::compare);
        int n = rows.length;
        Integer[] months = new Integer[n];
        String[] accounts = new String[n];
        String[] dimKeys = new String[n];
        String[] dimJson = new String[n];
        Long[] debits = new Long[n];
        Long[] credits = new Long[n];
        for (int i = 0; i < n; i++) {
            Row row = rows[i];
            months[i] = row.month;
            accounts[i] = row.account;
            dimKeys[i] = row.dimKey;
            dimJson[i] = row.dims.isEmpty() ? null : Dims.json(row.dims).data();
            debits[i] = row.debit;
            credits[i] = row.credit;
        }
        return new Object[] {tenant.value(), BalanceSlots.slot(), months, accounts, dimKeys, dimJson, debits, credits};
    }

    private static void add(Map<Row, Row> sums, Row key, VoucherLine line, int sign) {
        Row row = sums.putIfAbsent(key, key);
        if (row == null) {
            row = key;
        }
        row.debit = Math.addExact(row.debit, sign * line.debit().minor());
        row.credit = Math.addExact(row.credit, sign * line.credit().minor());
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
