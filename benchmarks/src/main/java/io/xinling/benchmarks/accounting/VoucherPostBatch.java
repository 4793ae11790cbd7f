package io.xinling.benchmarks.accounting;

import io.xinling.application.accounting.PostGeneratedVouchersUseCase;
import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.benchmarks.CpuMeter;
import io.xinling.benchmarks.Figure;
import io.xinling.benchmarks.NamedBenchmark;
import io.xinling.benchmarks.Statements;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.TrialBalance;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code voucher-post-batch}: generated vouchers (a header and 4 lines on random accounts out of 10,000, dated over a
 * year) posted 500 per transaction through {@link PostGeneratedVouchersUseCase} on embedded PostgreSQL: headers, lines
 * and the balance rows in one transaction per batch, by {@code posters} threads (2 by default, one per core of the
 * reference machine; {@code posters=1} is one stream of batches). The vouchers are built before the clock starts; the
 * trial balance and the count are checked afterwards. Besides throughput it prints the CPU per voucher of this JVM and
 * of the PostgreSQL server, which a slow phase of a shared host moves less than throughput.
 */
public final class VoucherPostBatch implements NamedBenchmark {

    @Override
    public String name() {
        return "voucher-post-batch";
    }

    @Override
    public String description() {
        return "generated 4-line vouchers on 10,000 random accounts posted 500 per transaction by 2 threads (vouchers=N batch=N accounts=N posters=N warmup=N statements=N)";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        int total = NamedBenchmark.intArg(args, "vouchers", 100_000);
        int batch = NamedBenchmark.intArg(args, "batch", 500);
        int accounts = NamedBenchmark.intArg(args, "accounts", 10_000);
        int posters = NamedBenchmark.intArg(args, "posters", 2);
        int statements = NamedBenchmark.intArg(args, "statements", 0);
        try (BooksBench bench = BooksBench.start("voucher-post-batch", 4, statements > 0)) {
            List<AccountCode> leaves = bench.addLeaves(accounts, "ASSET", "DEBIT", "1101", "1131");
            Random random = new Random(42);
            // the JIT compiles the posting path for several seconds after a start: warm up on 50,000 vouchers by default
            int warmup = NamedBenchmark.intArg(args, "warmup", 50_000);
            List<List<GeneratedVoucher>> batches = batches(random, leaves, warmup + total, batch);
            PostGeneratedVouchersUseCase posting = bench.app.accounting().generated();
            int warmupBatches = warmup / batch;
            postAll(bench, posting, batches.subList(0, warmupBatches), posters);
            System.err.println("voucher-post-batch: measuring " + total + " vouchers by " + posters + " posters, load "
                    + BooksBench.loadAverage());
            Statements counted = Statements.of(bench.dsl, statements);
            counted.reset();
            CpuMeter meter = CpuMeter.of(Optional.of(bench.dataDirectory));
            CpuMeter.Reading cpuStart = meter.read();
            long start = System.nanoTime();
            List<List<GeneratedVoucher>> timed = batches.subList(warmupBatches, batches.size());
            postAll(bench, posting, timed, posters);
            double seconds = (System.nanoTime() - start) / 1e9;
            CpuMeter.Reading cpu = meter.read().minus(cpuStart);
            long measured = timed.stream().mapToLong(List::size).sum();
            counted.print(name());
            System.err.println("voucher-post-batch: done, load " + BooksBench.loadAverage());
            TrialBalance tb = bench.app.accounting().ledger().trialBalance(bench.tenant, LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), Map.of()).getOrElseThrow(e -> new IllegalStateException(e.message()));
            long stored = bench.dsl.fetchCount(io.xinling.persistence.jooq.Tables.VOUCHERS);
            if (!tb.isBalanced() || stored != warmup + total) {
                throw new IllegalStateException("after posting: balanced " + tb.isBalanced() + ", vouchers " + stored);
            }
            return List.of(Figure.rate("throughput", measured / seconds, "vouchers"),
                    Figure.time("cpu-jvm", cpu.jvm() / 1e3 / measured, TimeUnit.MICROSECONDS),
                    Figure.time("cpu-db", cpu.db() / 1e3 / measured, TimeUnit.MICROSECONDS));
        }
    }

    /** Posts {@code batches} from {@code posters} threads, each taking the next batch not yet taken. */
    private static void postAll(BooksBench bench, PostGeneratedVouchersUseCase posting, List<List<GeneratedVoucher>> batches,
                                int posters) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < posters; p++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < batches.size() && failure.get() == null; i = next.getAndIncrement()) {
                    try {
                        post(bench, posting, batches.get(i));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static void post(BooksBench bench, PostGeneratedVouchersUseCase posting, List<GeneratedVoucher> vouchers) {
        posting.postGenerated(bench.tenant, bench.user, vouchers).getOrElseThrow(e -> new IllegalStateException(e.message()));
    }

    static List<List<GeneratedVoucher>> batches(Random random, List<AccountCode> leaves, int count, int size) {
        List<List<GeneratedVoucher>> batches = new ArrayList<>();
        List<GeneratedVoucher> current = new ArrayList<>(size);
        for (int i = 0; i < count; i++) {
            long a = 1 + random.nextInt(10_000_000);
            long b = 1 + random.nextInt(10_000_000);
            long c = 1 + (long) (random.nextDouble() * (a + b - 1));
            List<VoucherLine> lines = List.of(
                    VoucherLine.debit("bench", pick(random, leaves), DimensionValues.NONE, Money.cny(a)),
                    VoucherLine.debit("bench", pick(random, leaves), DimensionValues.NONE, Money.cny(b)),
                    VoucherLine.credit("bench", pick(random, leaves), DimensionValues.NONE, Money.cny(c)),
                    VoucherLine.credit("bench", pick(random, leaves), DimensionValues.NONE, Money.cny(a + b - c)));
            LocalDate date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            current.add(new GeneratedVoucher(VoucherWord.JI, date, 1, lines,
                    new Provenance("bench", "doc-" + i, 1, "bench", 1, 0, VoucherHash.of(lines))));
            if (current.size() == size) {
                batches.add(current);
                current = new ArrayList<>(size);
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static AccountCode pick(Random random, List<AccountCode> leaves) {
        return leaves.get(random.nextInt(leaves.size()));
    }
}
