package io.xinling.persistence.common;

import org.jooq.DSLContext;

import java.time.LocalDate;

/**
 * Counter tables keyed by tenant, kind and month that number documents: one upsert takes the next number. Run
 * in a transaction it keeps the row locked until that transaction ends (a rollback gives the number back); run
 * on an autocommit context it holds the row for the one statement (a rollback of the caller leaves a gap).
 */
public enum MonthlyCounters {

    INVENTORY_DOCUMENTS("inventory_document_counters"),
    TRADE_DOCUMENTS("trade_document_counters");

    /** Fixed SQL on JDBC (see {@link Jdbc}): every document created runs it. */
    private final String next;

    MonthlyCounters(String table) {
        this.next = "insert into " + table + " as c (tenant_id, kind, period, last_number) values (?, ?, ?, 1) "
                + "on conflict (tenant_id, kind, period) do update set last_number = c.last_number + 1 returning last_number";
    }

    /** The next number (from 1) of {@code kind} in the month starting {@code period}. */
    public int next(DSLContext dsl, long tenant, String kind, LocalDate period) {
        return new Jdbc(dsl).query(next, rows -> {
            rows.next();
            return rows.getInt(1);
        }, tenant, kind, period);
    }

    /**
     * {@link #next}, and in the same statement an id from {@code sequence} (sequences hand out alike on any
     * connection): the number, then the id.
     */
    public long[] nextWithId(DSLContext dsl, long tenant, String kind, LocalDate period, String sequence) {
        return new Jdbc(dsl).query(next + ", nextval('" + sequence + "')", rows -> {
            rows.next();
            return new long[] {rows.getInt(1), rows.getLong(2)};
        }, tenant, kind, period);
    }
}
