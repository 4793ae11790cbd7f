package io.xinling.benchmarks;

import org.jooq.DSLContext;

import java.util.Map;

/**
 * Where the database's time goes in a measured window: with {@code statements=N}, a database benchmark starts its
 * embedded PostgreSQL with pg_stat_statements, clears its counts when the clock starts and prints to standard error, when
 * it stops, the N statements that took the most server time (execution and planning, in ms, and per call in µs, with the
 * buffers touched and WAL records written per call), with the WAL written. The extension's bookkeeping costs some throughput, so compare figures from runs without it.
 */
public final class Statements {

    public static final Map<String, String> SERVER_CONFIG = Map.of("shared_preload_libraries", "pg_stat_statements",
            "pg_stat_statements.track_planning", "on");

    private final DSLContext dsl;
    private final int top;

    private Statements(DSLContext dsl, int top) {
        this.dsl = dsl;
        this.top = top;
    }

    /** The top {@code top} statements; none, and nothing done, when {@code top} is 0. */
    public static Statements of(DSLContext dsl, int top) {
        return new Statements(dsl, top);
    }

    /** Counts from now on. */
    public void reset() {
        if (top > 0) {
            dsl.execute("create extension if not exists pg_stat_statements");
            dsl.execute("select pg_stat_statements_reset()");
            dsl.execute("select pg_stat_reset_shared('wal')");
            dsl.execute("select pg_stat_reset()");
        }
    }

    public void print(String benchmark) {
        if (top <= 0) {
            return;
        }
        System.err.println(benchmark + ": WAL in the window\n"
                + dsl.resultQuery("select wal_records, wal_fpi, wal_bytes from pg_stat_wal").fetch().format());
        System.err.println(benchmark + ": tables written or vacuumed in the window\n" + dsl.resultQuery("""
                select relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del, autovacuum_count, autoanalyze_count
                from pg_stat_user_tables
                where n_tup_ins + n_tup_upd + n_tup_del + autovacuum_count + autoanalyze_count > 0
                order by n_tup_ins + n_tup_upd + n_tup_del desc""").fetch().format());
        System.err.println(benchmark + ": the " + top + " statements with the most server time in the window\n"
                + dsl.resultQuery("""
                        select calls, round(total_exec_time::numeric, 0) as exec_ms, round(total_plan_time::numeric, 0) as plan_ms,
                               round((mean_exec_time * 1000)::numeric, 1) as exec_us_per_call, rows,
                               round((shared_blks_hit + shared_blks_read)::numeric / greatest(calls, 1), 1) as blocks_per_call,
                               round(wal_records::numeric / greatest(calls, 1), 1) as wal_per_call,
                               left(regexp_replace(query, '\\s+', ' ', 'g'), 100) as statement
                        from pg_stat_statements order by total_exec_time + total_plan_time desc limit ?""", top)
                .fetch().format(top));
    }
}
