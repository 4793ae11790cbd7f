package io.xinling.persistence.common;

import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes that return nothing the transaction reads (the rows a posting leaves: movements, balances, a status, a
 * voucher), queued on this thread while a {@link JooqTransactor} transaction is open and sent in the same round trip as
 * the transaction's next statement, or just before it commits. On a two-core machine each round trip to PostgreSQL costs
 * more in scheduling than most of these statements cost to run. A queued write that fails fails the statement it went
 * with, inside the same transaction, which then rolls back as a whole: so only writes whose failure nobody handles on
 * its own may be queued. A savepoint rolled back drops what was queued since it began.
 */
final class Deferred {

    private static final ThreadLocal<Deferred> OPEN = new ThreadLocal<>();

    private final ConnectionProvider provider;
    /** The queue of the transaction open around this one on this thread (of another database or transactor), or null. */
    private final Deferred around;
    /** Another transactor's transaction on the same connections is open around this one, which is then a savepoint. */
    private final boolean inside;
    /** The queue: that transaction's when inside one, so that what it queued still goes first. */
    private final List<String> statements;
    private final List<Object[]> arguments;

    private Deferred(ConnectionProvider provider, Deferred around) {
        this.provider = provider;
        Deferred same = around;
        while (same != null && same.provider != provider) {
            same = same.around;
        }
        this.around = around;
        this.inside = same != null;
        this.statements = same == null ? new ArrayList<>() : same.statements;
        this.arguments = same == null ? new ArrayList<>() : same.arguments;
    }

    /** Whether the transaction beginning on this thread is inside another transactor's on {@code provider}. */
    static boolean inside(ConnectionProvider provider) {
        Deferred open = OPEN.get();
        return open != null && open.provider == provider && open.inside;
    }

    /** What queued writes a statement takes ahead of its own: their text ending in a separator, and their arguments. */
    record Ahead(String sql, Object[] args) {
    }

    /**
     * An outermost transaction on {@code provider}'s connections begins on this thread; returns the queue of any
     * other database's transaction open around it, for {@link #end}.
     */
    static Deferred begin(ConnectionProvider provider) {
        Deferred around = OPEN.get();
        OPEN.set(new Deferred(provider, around));
        return around;
    }

    /** It has ended: whatever is still queued was rolled back with it. */
    static void end(Deferred around) {
        if (around == null) {
            OPEN.remove();
        } else {
            OPEN.set(around);
        }
    }

    /** Queues a write for the open transaction on {@code provider}; false, queuing nothing, when there is none. */
    static boolean queue(ConnectionProvider provider, String sql, Object[] args) {
        Deferred open = OPEN.get();
        if (open == null || open.provider != provider) {
            return false;
        }
        open.statements.add(sql);
        open.arguments.add(args);
        return true;
    }

    /** How many writes are queued now, to drop those queued after it when a savepoint rolls back. */
    static int mark() {
        Deferred open = OPEN.get();
        return open == null ? 0 : open.statements.size();
    }

    static void dropAfter(int mark) {
        Deferred open = OPEN.get();
        if (open != null) {
            while (open.statements.size() > mark) {
                open.statements.remove(open.statements.size() - 1);
                open.arguments.remove(open.arguments.size() - 1);
            }
        }
    }

    /** Takes the writes queued for {@code provider}'s transaction, to send ahead of a statement; null when none. */
    static Ahead take(ConnectionProvider provider) {
        Deferred open = OPEN.get();
        if (open == null || open.provider != provider || open.statements.isEmpty()) {
            return null;
        }
        StringBuilder sql = new StringBuilder();
        int count = 0;
        for (Object[] a : open.arguments) {
            count += a.length;
        }
        Object[] args = new Object[count];
        int at = 0;
        for (int i = 0; i < open.statements.size(); i++) {
            sql.append(open.statements.get(i)).append(";\n");
            Object[] a = open.arguments.get(i);
            System.arraycopy(a, 0, args, at, a.length);
            at += a.length;
        }
        open.statements.clear();
        open.arguments.clear();
        return new Ahead(sql.toString(), args);
    }

    /** Sends the writes queued for {@code provider}'s transaction now, on {@code connection}, its connection. */
    static void flush(ConnectionProvider provider, Connection connection) {
        send(take(provider), connection, "");
    }

    /**
     * Sends the writes queued for {@code provider}'s transaction followed by its {@code COMMIT}, in one round trip;
     * nothing when nothing is queued (the driver's commit then does it). The connection then has no transaction open, so the driver's
     * own commit that follows sends nothing (pgjdbc commits only a connection whose transaction is open). A write or
     * the commit failing fails the call, and PostgreSQL has rolled back everything. Inside another transactor's
     * transaction on the same connections (then a savepoint) it only sends the writes, as {@link #flush} does.
     */
    static void commit(ConnectionProvider provider) {
        Deferred open = OPEN.get();
        if (open != null && open.inside) {
            flush(provider);
            return;
        }
        Ahead ahead = take(provider);
        if (ahead == null) {
            return;
        }
        Connection connection = provider.acquire();
        try {
            send(ahead, connection, "COMMIT");
        } finally {
            provider.release(connection);
        }
    }

    private static void send(Ahead ahead, Connection connection, String last) {
        if (ahead == null) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(ahead.sql() + last)) {
            for (int i = 0; i < ahead.args().length; i++) {
                statement.setObject(i + 1, ahead.args()[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + ahead.sql() + "]; " + e.getMessage(), e);
        }
    }

    /** {@link #flush(ConnectionProvider, Connection)} on the connection {@code provider} gives this thread. */
    static void flush(ConnectionProvider provider) {
        Deferred open = OPEN.get();
        if (open == null || open.provider != provider || open.statements.isEmpty()) {
            return;
        }
        Connection connection = provider.acquire();
        try {
            flush(provider, connection);
        } finally {
            provider.release(connection);
        }
    }
}
