package io.xinling.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Drives an end-to-end operation (an HTTP call, a use case against the database) from N concurrent
 * clients, each calling it in a closed loop, until a total number of calls or a time limit is reached,
 * whichever comes first. Every call's latency is recorded in nanoseconds; percentiles come from the
 * sorted recordings (no histogram). A warm-up phase runs the same loop first and is not recorded.
 *
 * <pre>{@code
 * LoadResult result = LoadDriver.clients(4).warmup(Duration.ofSeconds(3)).calls(20_000)
 *         .limit(Duration.ofSeconds(30))
 *         .run(client -> () -> http.send(request(client), discarding()));
 * return result.figures("orders");   // throughput in orders/s, p50, p99, max in us
 * }</pre>
 */
public final class LoadDriver {

    /** One call of the measured operation; throwing counts as a failed call. */
    @FunctionalInterface
    public interface Operation {
        void call() throws Exception;
    }

    private final int clients;
    /**
     * How long the HTTP load drivers warm the service: on two cores the JIT compiles for about 45 s of CPU time
     * after start (JFR CompilerStatistics), which a short warm-up leaves inside the measured window (post-issue-db
     * cpu-jvm per document: 22-26 ms after 20-30 s, 16.9 ms after 90 s).
     */
    public static final int SERVICE_WARMUP_SECONDS = 60;

    private Duration warmup = Duration.ZERO;
    private long calls = Long.MAX_VALUE;
    private Duration limit = Duration.ofSeconds(60);
    private CpuMeter cpu = CpuMeter.of(Optional.empty());
    private Runnable beforeMeasuring = () -> { };

    private LoadDriver(int clients) {
        if (clients < 1) {
            throw new IllegalArgumentException("at least one client");
        }
        this.clients = clients;
    }

    public static LoadDriver clients(int clients) {
        return new LoadDriver(clients);
    }

    /** Runs the loop for this long before measuring; default none. */
    public LoadDriver warmup(Duration warmup) {
        this.warmup = warmup;
        return this;
    }

    /** Stops after this many measured calls across all clients; default unbounded (time only). */
    public LoadDriver calls(long calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("at least one call");
        }
        this.calls = calls;
        return this;
    }

    /** Also reports the CPU time per call of the PostgreSQL server keeping its data under {@code dataDirectory}. */
    public LoadDriver database(Path dataDirectory) {
        this.cpu = CpuMeter.of(Optional.of(dataDirectory));
        return this;
    }

    /** Runs {@code action} after the warm-up, just before the measured phase starts. */
    public LoadDriver beforeMeasuring(Runnable action) {
        this.beforeMeasuring = action;
        return this;
    }

    /** Stops measuring after this long; default 60 s. */
    public LoadDriver limit(Duration limit) {
        this.limit = limit;
        return this;
    }

    /**
     * Runs the load. {@code operations} gives each client (0 to N-1) its own operation, so that a
     * client can hold its own connection or data. Fails with the first error if any call failed.
     */
    public LoadResult run(IntFunction<Operation> operations) throws Exception {
        List<Operation> perClient = new ArrayList<>(clients);
        for (int i = 0; i < clients; i++) {
            perClient.add(operations.apply(i));
        }
        if (!warmup.isZero()) {
            phase(perClient, Long.MAX_VALUE, warmup);
        }
        beforeMeasuring.run();
        return phase(perClient, calls, limit);
    }

    private LoadResult phase(List<Operation> perClient, long maxCalls, Duration maxTime) throws Exception {
        AtomicLong tickets = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CpuMeter.Reading cpuStart = cpu.read();
            long start = System.nanoTime();
            long deadline = start + maxTime.toNanos();
            List<Future<Recording>> futures = new ArrayList<>();
            for (Operation operation : perClient) {
                futures.add(pool.submit(() -> loop(operation, tickets, maxCalls, deadline)));
            }
            List<Recording> recordings = new ArrayList<>();
            for (Future<Recording> future : futures) {
                recordings.add(future.get());
            }
            return LoadResult.of(recordings, Duration.ofNanos(System.nanoTime() - start), cpu.read().minus(cpuStart));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Recording loop(Operation operation, AtomicLong tickets, long maxCalls, long deadline) {
        Recording recording = new Recording();
        while (System.nanoTime() < deadline && tickets.getAndIncrement() < maxCalls) {
            long begin = System.nanoTime();
            try {
                operation.call();
            } catch (Exception e) {
                recording.fail(e);
            }
            recording.add(System.nanoTime() - begin);
        }
        return recording;
    }

    /** One client's latencies, in a growing primitive array. */
    static final class Recording {
        long[] nanos = new long[1024];
        int size;
        long failures;
        Exception firstFailure;

        void add(long value) {
            if (size == nanos.length) {
                nanos = java.util.Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }

        void fail(Exception e) {
            if (failures++ == 0) {
                firstFailure = e;
            }
        }
    }
}
