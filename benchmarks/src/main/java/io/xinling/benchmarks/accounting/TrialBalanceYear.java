package io.xinling.benchmarks.accounting;

import io.xinling.application.accounting.LedgerQuery;
import io.xinling.benchmarks.Figure;
import io.xinling.benchmarks.NamedBenchmark;
import io.xinling.domain.accounting.TrialBalance;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code trial-balance}: the trial balance (科目余额表) of a year whose books hold 5,000,000 posted voucher lines (1,250,000
 * vouchers of 4 lines) over 2,000 accounts. The year is loaded in SQL (generate_series) together with the per-period
 * balance rows posting keeps; the query reads the balance rows, not the lines. Reports the median of 15 runs after 3.
 */
public final class TrialBalanceYear implements NamedBenchmark {

    @Override
    public String name() {
        return "trial-balance";
    }

    @Override
    public String description() {
        return "trial balance of a year of 5,000,000 voucher lines over 2,000 accounts (lines=N accounts=N)";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        int lines = NamedBenchmark.intArg(args, "lines", 5_000_000);
        int accounts = NamedBenchmark.intArg(args, "accounts", 2_000);
        try (BooksBench bench = BooksBench.start("trial-balance", 4)) {
            bench.addLeaves(accounts, "ASSET", "DEBIT", "1101");
            long started = System.nanoTime();
            load(bench, lines / 4, accounts);
            System.err.printf("trial-balance: loaded %d lines in %.1f s%n", lines, (System.nanoTime() - started) / 1e9);
            LedgerQuery ledger = bench.app.accounting().ledger();
            LocalDate from = LocalDate.of(2026, 1, 1);
            LocalDate to = LocalDate.of(2026, 12, 31);
            for (int i = 0; i < 3; i++) {
                check(ledger.trialBalance(bench.tenant, from, to, Map.of()).get(), accounts);
            }
            System.err.println("trial-balance: measuring, load " + BooksBench.loadAverage());
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                long start = System.nanoTime();
                TrialBalance tb = ledger.trialBalance(bench.tenant, from, to, Map.of()).get();
                times.add((System.nanoTime() - start) / 1e6);
                check(tb, accounts);
            }
            System.err.println("trial-balance: done, load " + BooksBench.loadAverage());
            Collections.sort(times);
            return List.of(Figure.time("time", times.get(times.size() / 2), TimeUnit.MILLISECONDS),
                    Figure.time("max", times.get(times.size() - 1), TimeUnit.MILLISECONDS));
        }
    }

    private static void check(TrialBalance tb, int accounts) {
        long leaves = tb.rows().stream().filter(r -> r.leaf() && !r.debit().isZero()).count();
        if (!tb.isBalanced() || tb.debit().isZero() || leaves < accounts / 2) {
            throw new IllegalStateException("unexpected trial balance: balanced " + tb.isBalanced() + ", leaves " + leaves);
        }
    }

    /** {@code vouchers} posted 4-line vouchers spread over 2026, their lines on the accounts, and the balance rows. */
    static void load(BooksBench bench, int vouchers, int accounts) {
        long t = bench.tenant.value();
        long u = bench.user.value();
        bench.dsl.transaction(cfg -> {
            var dsl = DSL.using(cfg);
            dsl.execute("set local session_replication_role = replica");
            dsl.execute("""
                    insert into vouchers (tenant_id, voucher_id, period, word, number, voucher_date, attachments, status, origin,
                        preparer_id, reviewer_id)
                    select ?, nextval('voucher_id_seq'), date_trunc('month', d)::date, '记', g, d, 0, 'POSTED', 'MANUAL', ?, ?
                    from (select g, date '2026-01-01' + (g % 365) as d from generate_series(1, ?) g) x""", t, u, u, vouchers);
            dsl.execute("""
                    insert into voucher_lines (tenant_id, voucher_id, line_no, voucher_date, account_code, dim_key, dims, summary,
                        debit_minor, credit_minor)
                    select v.tenant_id, v.voucher_id, k, v.voucher_date,
                           '1101' || lpad((p.n / 99 + 1)::text, 2, '0') || lpad((p.n % 99 + 1)::text, 2, '0'), '', '{}'::jsonb,
                           'bench', case k when 1 then p.a when 2 then p.b else 0 end,
                           case k when 3 then p.c when 4 then p.a + p.b - p.c else 0 end
                    from vouchers v cross join generate_series(1, 4) k
                    cross join lateral (select ((v.voucher_id * 7919 + k * 104729) % ?)::int as n,
                                               100 + (v.voucher_id * 31) % 100000 as a, 100 + (v.voucher_id * 17) % 50000 as b,
                                               50 + (v.voucher_id * 13) % 100 as c) p
                    where v.tenant_id = ?""", accounts, t);
            dsl.execute("""
                    insert into account_balances (tenant_id, period, account_code, dim_key, dims, debit_minor, credit_minor)
                    select tenant_id, date_trunc('month', voucher_date)::date, account_code, '', '{}'::jsonb, sum(debit_minor),
                           sum(credit_minor)
                    from voucher_lines where tenant_id = ? group by 1, 2, 3""", t);
        });
        // The steady state of books a year old: statistics current and autovacuum done with the load, not racing the runs.
        bench.dsl.execute("vacuum analyze vouchers");
        bench.dsl.execute("vacuum analyze voucher_lines");
        bench.dsl.execute("vacuum analyze account_balances");
    }
}
