package io.xinling.benchmarks;

import io.xinling.persistence.common.Database;
import jdk.jfr.consumer.RecordingStream;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts this JVM's writes to the PostgreSQL server's socket in a measured window, from JFR {@code jdk.SocketWrite}
 * events (every write, no stack traces): each round trip to the database is one write, or a few when a statement with
 * queued writes ahead of it fills the driver's buffer. Switched on by a benchmark's {@code writes=1}: the events cost a
 * little, so the figures of a metered run are not the ones to report.
 */
public final class SocketWrites {

    private final int port;
    private final RecordingStream stream;
    private final AtomicLong writes = new AtomicLong();
    private volatile Instant from = Instant.MAX;
    private volatile Instant to = Instant.MAX;

    private SocketWrites(int port) {
        this.port = port;
        if (port < 0) {
            stream = null;
            return;
        }
        stream = new RecordingStream();
        stream.enable("jdk.SocketWrite").withThreshold(Duration.ZERO).withoutStackTrace();
        stream.onEvent("jdk.SocketWrite", e -> {
            Instant at = e.getStartTime();
            if (e.getInt("port") == port && !at.isBefore(from) && at.isBefore(to)) {
                writes.incrementAndGet();
            }
        });
        stream.startAsync();
    }

    /** A meter of writes to {@code database}'s server when {@code on} ({@code writes=1}), otherwise one that counts none. */
    public static SocketWrites to(Database database, boolean on) throws SQLException {
        if (!on) {
            return new SocketWrites(-1);
        }
        try (Connection c = database.dataSource().getConnection()) {
            return new SocketWrites(URI.create(c.getMetaData().getURL().substring("jdbc:".length())).getPort());
        }
    }

    /** Starts the window (after the warm-up). */
    public void start() {
        from = Instant.now();
    }

    /**
     * Ends the window and adds {@code pg-writes}, the writes in it per call, once the stream has delivered them (it
     * flushes about once a second); adds nothing when off.
     */
    public void addTo(List<Figure> figures, long calls) throws InterruptedException {
        to = Instant.now();
        if (port < 0) {
            return;
        }
        Thread.sleep(3_000);
        close();
        figures.add(new Figure("pg-writes", writes.get() / (double) Math.max(1, calls), "writes"));
    }

    private void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
