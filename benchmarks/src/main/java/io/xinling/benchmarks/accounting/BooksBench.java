package io.xinling.benchmarks.accounting;

import io.xinling.application.tenancy.ApiKeys;
import io.xinling.application.tenancy.PlatformSetup;
import io.xinling.benchmarks.Scratch;
import io.xinling.benchmarks.Statements;
import io.xinling.bootstrap.Application;
import io.xinling.bootstrap.DatabaseServer;
import io.xinling.bootstrap.Settings;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import org.jooq.DSLContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the accounting benchmarks share: an embedded PostgreSQL with the migrations, the application wired on it, a
 * tenant with its API key and user, its books seeded, and many leaf accounts added in one SQL statement.
 */
final class BooksBench implements AutoCloseable {

    final DatabaseServer server;
    final Application app;
    final DSLContext dsl;
    final String key;
    final TenantId tenant;
    final UserId user;
    final Path dataDirectory;

    private BooksBench(DatabaseServer server, Application app, String key, TenantId tenant, UserId user, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.app = app;
        this.dsl = server.database().dsl();
        this.key = key;
        this.tenant = tenant;
        this.user = user;
    }

    static BooksBench start(String name, int poolSize) throws Exception {
        return start(name, poolSize, false);
    }

    /** With {@code statements}, the server loads pg_stat_statements (see {@link Statements}). */
    static BooksBench start(String name, int poolSize, boolean statements) throws Exception {
        String key = ApiKeys.generate();
        Path data = Scratch.directory(name);
        Settings settings = Settings.from(Map.of("XINLING_DATA_DIR", data.toString(),
                "XINLING_HTTP_PORT", "0", "XINLING_DB_POOL_SIZE", Integer.toString(poolSize)), List.of());
        DatabaseServer server = DatabaseServer.start(settings, statements ? Statements.SERVER_CONFIG : Map.of());
        try {
            server.database().migrate();
            Application app = new Application(server.database(), Clock.systemUTC());
            PlatformSetup.Ensured demo = app.platformSetup().ensureDemoTenant(java.util.Optional.of(key))
                    .getOrElseThrow(e -> new IllegalStateException(e.message()));
            TenantId tenant = demo.tenant().id();
            long user = server.database().dsl().resultQuery("select min(user_id) from users where tenant_id = ?", tenant.value())
                    .fetchOne(0, Long.class);
            app.accounting().chart().chart(tenant);
            app.accounting().chart().allowSelfReview(tenant, true);
            return new BooksBench(server, app, key, tenant, new UserId(user), data);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Adds {@code count} leaf accounts (at most 9,801 per parent) below {@code parents}, with their level-2 groups, in
     * one statement per parent; returns the leaf codes.
     */
    List<AccountCode> addLeaves(int count, String type, String direction, String... parents) {
        List<AccountCode> leaves = new ArrayList<>(count);
        int perParent = (count + parents.length - 1) / parents.length;
        for (String parent : parents) {
            int n = Math.min(perParent, count - leaves.size());
            dsl.execute("""
                    insert into accounts (tenant_id, code, name, account_type, direction, required_dimensions)
                    select ?, ? || lpad(i::text, 2, '0'), 'group ' || i, ?, ?, '{}'::text[]
                    from generate_series(1, (? + 98) / 99) i""", tenant.value(), parent, type, direction, n);
            dsl.execute("""
                    insert into accounts (tenant_id, code, name, account_type, direction, required_dimensions)
                    select ?, ? || lpad((n / 99 + 1)::text, 2, '0') || lpad((n % 99 + 1)::text, 2, '0'), 'leaf ' || n, ?, ?,
                           '{}'::text[]
                    from generate_series(0, ? - 1) n""", tenant.value(), parent, type, direction, n);
            for (int i = 0; i < n; i++) {
                leaves.add(leaf(parent, i));
            }
        }
        return leaves;
    }

    static AccountCode leaf(String parent, int n) {
        return AccountCode.of(parent + String.format("%02d%02d", n / 99 + 1, n % 99 + 1));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
