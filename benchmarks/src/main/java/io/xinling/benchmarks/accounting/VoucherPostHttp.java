package io.xinling.benchmarks.accounting;

import io.javalin.Javalin;
import io.xinling.benchmarks.Figure;
import io.xinling.benchmarks.JsonHttp;
import io.xinling.benchmarks.LoadDriver;
import io.xinling.benchmarks.LoadResult;
import io.xinling.benchmarks.NamedBenchmark;
import io.xinling.benchmarks.SocketWrites;
import io.xinling.benchmarks.Statements;
import io.xinling.web.WebSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code voucher-post-http}: one voucher posted per request ({@code POST /api/v1/accounting/vouchers/{id}/post}: lock,
 * checks, status, balance rows) by 8 HTTP clients against the service with 5 pooled database connections. The drafts
 * (4 lines each) are entered beforehand in SQL.
 */
public final class VoucherPostHttp implements NamedBenchmark {

    private static final int CLIENTS = 8;

    @Override
    public String name() {
        return "voucher-post-http";
    }

    @Override
    public String description() {
        return "one 4-line voucher posted per HTTP request, 8 clients, 5 pooled connections (warmup=N seconds=N drafts=N statements=N writes=1)";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        int seconds = NamedBenchmark.intArg(args, "seconds", 20);
        int warmup = NamedBenchmark.intArg(args, "warmup", LoadDriver.SERVICE_WARMUP_SECONDS);
        // 60 s of warm-up and 20 measured at over 2,000 posts a second need more than 150,000 drafts, which ran out
        int drafts = NamedBenchmark.intArg(args, "drafts", 400_000);
        int statements = NamedBenchmark.intArg(args, "statements", 0);
        try (BooksBench bench = BooksBench.start("voucher-post-http", 5, statements > 0)) {
            drafts(bench, drafts);
            long[] ids = bench.dsl.resultQuery("select voucher_id from vouchers where tenant_id = ? and status = 'DRAFT' "
                    + "order by voucher_id", bench.tenant.value()).fetch(0, Long.class).stream().mapToLong(Long::longValue).toArray();
            Javalin web = bench.app.web(new WebSettings(1_048_576)).start(0);
            try {
                JsonHttp http = new JsonHttp(web.port(), bench.key);
                AtomicInteger next = new AtomicInteger();
                System.err.println("voucher-post-http: " + ids.length + " drafts, load " + BooksBench.loadAverage());
                Statements counted = Statements.of(bench.dsl, statements);
                SocketWrites writes = SocketWrites.to(bench.server.database(), NamedBenchmark.intArg(args, "writes", 0) > 0);
                LoadResult result = LoadDriver.clients(CLIENTS).warmup(Duration.ofSeconds(warmup)).limit(Duration.ofSeconds(seconds))
                        .database(bench.dataDirectory).beforeMeasuring(() -> {
                            counted.reset();
                            writes.start();
                        })
                        .run(c -> () -> http.postUnread("/api/v1/accounting/vouchers/" + ids[next.getAndIncrement()] + "/post", "{}",
                                200));
                counted.print(name());
                System.err.println("voucher-post-http: done, load " + BooksBench.loadAverage());
                List<Figure> figures = new ArrayList<>(result.figures("vouchers").stream()
                        .filter(f -> List.of("throughput", "p50", "p99").contains(f.metric()))
                        .map(f -> f.metric().equals("throughput") ? f
                                : Figure.time(f.metric(), f.value() / 1000.0, TimeUnit.MILLISECONDS))
                        .toList());
                figures.addAll(result.cpuFigures());
                writes.addTo(figures, result.calls());
                return figures;
            } finally {
                web.stop();
            }
        }
    }

    /** {@code count} draft vouchers of 4 lines on accounts without dimensions, in March 2026. */
    static void drafts(BooksBench bench, int count) {
        long t = bench.tenant.value();
        long u = bench.user.value();
        bench.dsl.execute("""
                insert into vouchers (tenant_id, voucher_id, period, word, number, voucher_date, attachments, status, origin,
                    preparer_id)
                select ?, nextval('voucher_id_seq'), date '2026-03-01', '记', g, date '2026-03-01' + (g % 31), 1, 'DRAFT',
                       'MANUAL', ?
                from generate_series(1, ?) g""", t, u, count);
        bench.dsl.execute("""
                insert into voucher_counters (tenant_id, period, word, next_number) values (?, date '2026-03-01', '记', ?)""",
                t, count + 1);
        bench.dsl.execute("""
                insert into voucher_lines (tenant_id, voucher_id, line_no, voucher_date, account_code, dim_key, dims, summary,
                    debit_minor, credit_minor)
                select v.tenant_id, v.voucher_id, k, v.voucher_date,
                       (array['1001', '1002', '1101', '1131', '1132', '2001', '2231', '2232', '3001', '3002'])
                           [1 + ((v.voucher_id * 7919 + k * 104729) % 10)::int],
                       '', '{}'::jsonb, 'bench', case k when 1 then p.a when 2 then p.b else 0 end,
                       case k when 3 then p.c when 4 then p.a + p.b - p.c else 0 end
                from vouchers v cross join generate_series(1, 4) k
                cross join lateral (select 100 + (v.voucher_id * 31) % 100000 as a, 100 + (v.voucher_id * 17) % 50000 as b,
                                           50 + (v.voucher_id * 13) % 100 as c) p
                where v.tenant_id = ? and v.status = 'DRAFT'""", t);
        bench.dsl.execute("analyze vouchers");
        bench.dsl.execute("analyze voucher_lines");
    }
}
