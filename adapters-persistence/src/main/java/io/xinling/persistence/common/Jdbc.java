package io.xinling.persistence.common;

import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixed SQL run straight on JDBC, on the connection of the caller's jOOQ transaction (or a pooled one outside any),
 * for the statements of the hottest paths. jOOQ renders and parses every statement again on every call, plain SQL
 * included: for a voucher post that was about a third of the service's CPU. Here the text is a constant, so pgjdbc
 * also keeps it prepared on the server after a few uses. A failure leaves as jOOQ's {@link DataAccessException}
 * carrying the {@link SQLException}, like any other statement (the transactor reads its SQLSTATE).
 */
public final class Jdbc {

    /** Reads the rows of one result. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final DSLContext dsl;

    public Jdbc(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A table's columns, as jOOQ generated them (the order {@code dsl.fetch(rows, table.fields())} reads them in),
     * for a fixed statement's select list or returning clause.
     */
    public static String columns(org.jooq.Table<?> table) {
        return java.util.Arrays.stream(table.fields()).map(org.jooq.Field::getName)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The arguments of two statements sent together, or of a statement's leading columns and the rest, in order. */
    public static Object[] concat(Object[] first, Object[] second) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** Runs an insert, update or delete; the number of rows it changed. */
    public int update(String sql, Object... args) {
        return run(sql, args, (statement, ahead) -> {
            if (!ahead) {
                return statement.executeUpdate();
            }
            // the last update count is this statement's: the queued writes ahead of it come first
            int changed = -1;
            for (boolean rows = statement.execute(); ; rows = statement.getMoreResults()) {
                if (!rows) {
                    int count = statement.getUpdateCount();
                    if (count == -1) {
                        return changed;
                    }
                    changed = count;
                }
            }
        });
    }

    /**
     * Runs one or several inserts, updates or deletes (separated by semicolons) that return no rows, when the caller
     * reads nothing of their outcome: inside a transaction they go with its next statement, or just before it commits
     * ({@link Deferred}), and a failure fails that statement and the transaction; outside any, now.
     */
    public void later(String sql, Object... args) {
        if (!Deferred.queue(dsl.configuration().connectionProvider(), sql, args)) {
            updates(sql, args);
        }
    }

    /** Sends now what {@link #later} queued in the caller's transaction (before work that bypasses statements). */
    public void flush() {
        Deferred.flush(dsl.configuration().connectionProvider());
    }

    /**
     * Runs {@code COPY table FROM STDIN (FORMAT binary)} with {@code data} on the connection of the caller's transaction,
     * after the writes queued in it ({@code table} may name the columns). Two round trips, but no statement to plan and
     * no per-row insert: PostgreSQL writes the rows a page at a time.
     */
    public void copy(String table, BinaryCopy data) {
        flush();
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        Connection connection = provider.acquire();
        String sql = "copy " + table + " from stdin (format binary)";
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                byte[] bytes = data.finish();
                copy.writeToCopy(bytes, 0, data.size());
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
        } finally {
            provider.release(connection);
        }
    }

    /** Runs a query and reads its rows. */
    public <T> T query(String sql, Rows<T> reader, Object... args) {
        return run(sql, args, (statement, ahead) -> {
            if (ahead && !firstRows(statement, statement.execute())) {
                throw new SQLException("the query returned no rows");
            }
            try (ResultSet rows = ahead ? statement.getResultSet() : statement.executeQuery()) {
                return reader.read(rows);
            }
        });
    }

    /** Moves past update counts to the next result with rows; false when there is none. */
    private static boolean firstRows(PreparedStatement statement, boolean rows) throws SQLException {
        while (!rows && statement.getUpdateCount() != -1) {
            rows = statement.getMoreResults();
        }
        return rows;
    }

    /**
     * Runs several statements, separated by semicolons, in one round trip (arguments in order over all of them), and
     * reads the result of each with its reader, in order. PostgreSQL runs them one after the other, each seeing what
     * the ones before it committed or locked.
     */
    public List<Object> queries(String sql, List<Rows<?>> readers, Object... args) {
        return run(sql, args, (statement, ahead) -> {
            List<Object> out = new ArrayList<>(readers.size());
            boolean rows = statement.execute();
            for (Rows<?> reader : readers) {
                rows = firstRows(statement, rows);
                if (!rows) {
                    throw new SQLException("expected " + readers.size() + " results, got " + out.size());
                }
                try (ResultSet result = statement.getResultSet()) {
                    out.add(reader.read(result));
                }
                rows = statement.getMoreResults();
            }
            return out;
        });
    }

    /**
     * Runs several inserts, updates or deletes, separated by semicolons, in one round trip (arguments in order over all
     * of them), one after the other; the first that fails fails the call.
     */
    public void updates(String sql, Object... args) {
        run(sql, args, (statement, ahead) -> {
            statement.execute();
            return null;
        });
    }

    /** What a statement does once prepared; {@code ahead} when queued writes go before its own statements. */
    @FunctionalInterface
    private interface Work<T> {
        T on(PreparedStatement statement, boolean ahead) throws SQLException;
    }

    private <T> T run(String own, Object[] ownArgs, Work<T> work) {
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        Deferred.Ahead ahead = Deferred.take(provider);
        String sql = ahead == null ? own : ahead.sql() + own;
        Object[] args = ahead == null ? ownArgs : concat(ahead.args(), ownArgs);
        Connection connection = provider.acquire();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return work.on(statement, ahead != null);
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
        } finally {
            provider.release(connection);
        }
    }
}
