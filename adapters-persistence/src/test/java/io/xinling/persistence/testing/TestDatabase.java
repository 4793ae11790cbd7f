package io.xinling.persistence.testing;

import io.xinling.persistence.common.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One embedded PostgreSQL 17 per test JVM, migrated once; tests isolate themselves by creating a
 * fresh tenant (see {@link #uniqueName(String)}). Shared with other modules through the test-jar.
 */
public final class TestDatabase {

    private static final AtomicLong NAMES = new AtomicLong();
    private static EmbeddedPostgres server;
    private static Database database;

    private TestDatabase() {
    }

    /** The shared, migrated database (10 pooled connections). */
    public static synchronized Database database() {
        if (database == null) {
            EmbeddedPostgres pg = server();
            database = Database.connect(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", 10);
            database.migrate();
        }
        return database;
    }

    /** The server itself, for tests that need a database of their own on it. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // the collation of the service's embedded clusters (DatabaseServer)
                server = EmbeddedPostgres.builder().setLocaleConfig("locale-provider", "builtin")
                        .setLocaleConfig("builtin-locale", "C.UTF-8").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
        }
        return server;
    }

    /** A JDBC URL for a new, empty database on the shared server. */
    public static String newDatabaseUrl(String prefix) {
        String name = (prefix + "_" + ProcessHandle.current().pid() + "_" + NAMES.incrementAndGet()).toLowerCase();
        try (var connection = server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** A name no other test in this JVM or an earlier run uses. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + "-" + NAMES.incrementAndGet();
    }

    private static synchronized void stop() {
        try {
            if (database != null) {
                database.close();
            }
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // the JVM is exiting; nothing left to do
        }
    }
}
