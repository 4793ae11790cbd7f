package io.xinling.bootstrap;

import io.xinling.persistence.common.Database;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The database the service runs on: the configured PostgreSQL, or an embedded one under the data dir. */
public final class DatabaseServer implements AutoCloseable {

    /** Where the embedded PostgreSQL's binaries are unpacked, shared by every service on the machine. */
    static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"), "xinling-embedded-pg");

    /**
     * zonky's own binaries, through a resolver of ours: zonky keeps the directory it unpacked to per resolver for the
     * life of the JVM, so with its default resolver a server started after any other zonky server in the JVM (a test's)
     * ran from that server's directory, without the pad, whatever directory it was given.
     */
    private static final PgBinaryResolver RESOLVER = DefaultPostgresBinaryResolver.INSTANCE::getPgBinary;

    private final Optional<EmbeddedPostgres> embedded;
    private final Database database;

    private DatabaseServer(Optional<EmbeddedPostgres> embedded, Database database) {
        this.embedded = embedded;
        this.database = database;
    }

    public static DatabaseServer start(Settings settings) {
        return start(settings, Map.of());
    }

    /**
     * As {@link #start(Settings)}, with more server settings for an embedded PostgreSQL ({@code postgres -c name=value};
     * the benchmarks load pg_stat_statements this way); an external database keeps its own.
     */
    public static DatabaseServer start(Settings settings, Map<String, String> embeddedConfig) {
        if (settings.dbUrl().isPresent()) {
            return new DatabaseServer(Optional.empty(), Database.connect(settings.dbUrl().get(), settings.dbUser(),
                    settings.dbPassword(), settings.dbPoolSize()));
        }
        EmbeddedPostgres pg = startEmbedded(settings.dataDir().resolve("postgres"), embeddedConfig);
        Database db = Database.connect(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", settings.dbPoolSize());
        return new DatabaseServer(Optional.of(pg), db);
    }

    private static EmbeddedPostgres startEmbedded(Path dir, Map<String, String> config) {
        try {
            Files.createDirectories(dir);
            // A new cluster compares text by code point with PostgreSQL's own collation (builtin C.UTF-8), not the
            // machine's libc locale: the same order everywhere, and btree keys such as account codes compare with
            // memcmp instead of strcoll (4-6% of a generated batch's server time against libc C.UTF-8); upper, lower
            // and ILIKE still follow Unicode. An existing data directory keeps its own.
            // zonky starts its servers for tests, with fsync (postgres -F) and synchronous_commit off; these are the
            // tenant's books, so a commit answered to a till is on disk and a power cut cannot corrupt the cluster,
            // as in a stock PostgreSQL (a -c option after -F wins)
            // the binaries go to a directory of ours, where the server is started with a malloc pad (MallocPad), which
            // the customizer of the data directory sets up: it runs after the extraction and before the server starts
            Path binaries = BINARIES;
            Files.createDirectories(binaries);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPgBinaryResolver(RESOLVER)
                    .setDataDirectoryCustomizer(data -> MallocPad.install(binaries))
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            config.forEach(builder::setServerConfig);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    public Database database() {
        return database;
    }

    public String description() {
        return embedded.map(pg -> "embedded PostgreSQL on port " + pg.getPort()).orElse("external PostgreSQL");
    }

    @Override
    public void close() {
        database.close();
        embedded.ifPresent(pg -> {
            try {
                pg.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
