package io.xinling.persistence.common;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

import java.time.LocalDate;

/**
 * Counter tables keyed by tenant, kind and month that number documents: one upsert takes the next number. Run
 * in a transaction it keeps the row locked until that transaction ends (a rollback gives the number back); run
 * on an autocommit context it holds the row for the one statement (a rollback of the caller leaves a gap).
 */
public final class MonthlyCounters {

    private MonthlyCounters() {
    }

    /** The next number (from 1) of {@code kind} in the month starting {@code period}. */
    public static <R extends Record> int next(DSLContext dsl, Table<R> table, TableField<R, Long> tenantField,
                                              TableField<R, String> kindField, TableField<R, LocalDate> periodField,
                                              TableField<R, Integer> lastField, long tenant, String kind, LocalDate period) {
        return dsl.insertInto(table).set(tenantField, tenant).set(kindField, kind).set(periodField, period).set(lastField, 1)
                .onConflict(tenantField, kindField, periodField)
                .doUpdate().set(lastField, lastField.plus(1))
                .returning(lastField).fetchSingle().get(lastField);
    }
}
