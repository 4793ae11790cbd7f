package io.xinling.persistence.common;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

import javax.sql.DataSource;

/** The pooled connection to PostgreSQL, its migrations, and the jOOQ context every repository shares. */
public final class Database implements AutoCloseable {

    /** Connections of the side pool that hands out numbers outside the callers' transactions (see {@link #numbers()}). */
    public static final int NUMBER_CONNECTIONS = 2;

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private HikariDataSource numberSource;
    private DSLContext numbers;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.POSTGRES);
        configuration.set(new ThreadLocalTransactionProvider(new org.jooq.impl.DataSourceConnectionProvider(dataSource)));
        configuration.settings().withExecuteLogging(false).withRenderSchema(false);
        ConnectionProvider connections = configuration.connectionProvider();
        // a statement jOOQ runs sees the writes its transaction queued: they go first (Deferred)
        configuration.set(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                Deferred.flush(connections, ctx.connection());
            }
        });
        this.dsl = DSL.using(configuration);
    }

    /** Opens a pool of {@code poolSize} connections. */
    public static Database connect(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("xinling");
        config.setAutoCommit(true);
        return new Database(new HikariDataSource(config));
    }

    /** Applies every pending Flyway migration; returns how many ran. */
    public int migrate() {
        return migrate(dataSource);
    }

    /**
     * Each bounded context numbers its migrations in its own range (inventory V10–V19, accounting V20–V29,
     * promotions V30–V39, partners V40–V49, trade V50–V59, voucher generation V60–V69), so a release adds
     * migrations below versions an existing database already has: they are applied out of order, each
     * context's own in version order.
     */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A context on a pool of its own ({@value #NUMBER_CONNECTIONS} connections, opened on first use) whose statements
     * commit at once, outside any transaction of {@link #dsl()}: for counters that must not stay locked until the
     * caller commits (voucher numbers). It never waits for the main pool, so a transaction holding one of its
     * connections can take a number whatever the main pool's use. Its commits skip the WAL flush (the caller's later
     * commit flushes them), and a lock wait fails after 10 s rather than hanging.
     */
    public synchronized DSLContext numbers() {
        if (numbers == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(dataSource.getJdbcUrl());
            config.setUsername(dataSource.getUsername());
            config.setPassword(dataSource.getPassword());
            config.setMaximumPoolSize(NUMBER_CONNECTIONS);
            config.setMinimumIdle(0);
            config.setPoolName("xinling-numbers");
            config.setAutoCommit(true);
            config.setConnectionInitSql("set synchronous_commit = off; set lock_timeout = '10s'");
            numberSource = new HikariDataSource(config);
            DefaultConfiguration configuration = new DefaultConfiguration();
            configuration.set(SQLDialect.POSTGRES);
            configuration.set(new org.jooq.impl.DataSourceConnectionProvider(numberSource));
            configuration.settings().withExecuteLogging(false).withRenderSchema(false);
            numbers = DSL.using(configuration);
        }
        return numbers;
    }

    /** True when a trivial query answers: the readiness half of the health check. */
    public boolean isReady() {
        try {
            return dsl.selectOne().fetchOne(0, Integer.class) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (numberSource != null) {
            numberSource.close();
        }
        dataSource.close();
    }
}
