package io.xinling.persistence.common;

import io.vavr.control.Either;
import io.xinling.application.port.ConcurrentConflict;
import io.xinling.application.port.Transactor;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * {@link Transactor} on jOOQ's thread-local transactions: every repository using the same
 * {@link DSLContext} on this thread takes part; a nested call becomes a savepoint. The outermost transaction
 * is retried when PostgreSQL aborts it as a deadlock victim (40P01) or for a serialization failure (40001), up
 * to {@value #ATTEMPTS} attempts with a short random pause; a lost race that remains, or a unique violation
 * (23505), leaves as {@link ConcurrentConflict}.
 */
public final class JooqTransactor implements Transactor {

    static final int ATTEMPTS = 4;
    private static final Set<String> RETRIED = Set.of("40P01", "40001");
    private static final String UNIQUE_VIOLATION = "23505";

    /** Outermost transactions open on this thread, over every transactor (one per database). */
    private static final ThreadLocal<int[]> OPEN = ThreadLocal.withInitial(() -> new int[1]);
    /** What runs when this thread's outermost transactions have all ended. */
    private static final ThreadLocal<List<Runnable>> AT_END = ThreadLocal.withInitial(ArrayList::new);

    private final DSLContext dsl;
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private final ThreadLocal<Map<Object, Object>> kept = ThreadLocal.withInitial(HashMap::new);

    public JooqTransactor(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <E, T> Either<E, T> inTransaction(Supplier<Either<E, T>> work) {
        int[] level = depth.get();
        if (level[0] > 0) {
            return nested(work);
        }
        level[0]++;
        OPEN.get()[0]++;
        Deferred around = Deferred.begin(dsl.configuration().connectionProvider());
        try {
            for (int attempt = 1; ; attempt++) {
                kept.get().clear();
                try {
                    return once(work, true);
                } catch (DataAccessException e) {
                    String state = sqlState(e);
                    if (RETRIED.contains(state) && attempt < ATTEMPTS) {
                        pause(attempt);
                        continue;
                    }
                    if (RETRIED.contains(state) || UNIQUE_VIOLATION.equals(state)) {
                        throw new ConcurrentConflict("a concurrent transaction got there first (SQLSTATE " + state
                                + "); nothing was written, try again", e);
                    }
                    throw e;
                }
            }
        } finally {
            Deferred.end(around);
            kept.get().clear();
            level[0]--;
            if (--OPEN.get()[0] == 0) {
                ended();
            }
        }
    }

    /**
     * Runs {@code action} on this thread once its transaction has ended, committed or rolled back (after any retries):
     * for what a transaction holds in this process until its row locks are gone. False, and nothing registered, when
     * the thread has no transaction of a {@code JooqTransactor} open.
     */
    public static boolean atEnd(Runnable action) {
        if (OPEN.get()[0] == 0) {
            return false;
        }
        AT_END.get().add(action);
        return true;
    }

    private static void ended() {
        List<Runnable> actions = AT_END.get();
        if (actions.isEmpty()) {
            return;
        }
        List<Runnable> due = List.copyOf(actions);
        actions.clear();
        due.forEach(Runnable::run);
    }

    /** A savepoint: rolled back, it releases the locks taken since, so what was kept under them goes too. */
    private <E, T> Either<E, T> nested(Supplier<Either<E, T>> work) {
        Either<E, T> result;
        try {
            result = once(work, false);
        } catch (RuntimeException e) {
            kept.get().clear();
            throw e;
        }
        if (result.isLeft()) {
            kept.get().clear();
        }
        return result;
    }

    @Override
    public boolean inProgress() {
        return depth.get()[0] > 0;
    }

    @Override
    public Optional<Map<Object, Object>> kept() {
        return inProgress() ? Optional.of(kept.get()) : Optional.empty();
    }

    private static String sqlState(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return e.sqlState();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentConflict("interrupted while waiting to retry", e);
        }
    }

    /**
     * Runs {@code work} in a transaction ({@code outermost}) or a savepoint. The writes queued in a transaction
     * ({@link Deferred}) are sent with its commit; a rollback, of either, drops those it queued and did not send.
     */
    private <E, T> Either<E, T> once(Supplier<Either<E, T>> work, boolean outermost) {
        if (!outermost || Deferred.inside(dsl.configuration().connectionProvider())) {
            // what the transaction queued goes before the savepoint, which would otherwise take it back on a rollback
            // (inside another transactor's transaction on the same connections jOOQ makes a savepoint too)
            Deferred.flush(dsl.configuration().connectionProvider());
        }
        int queued = Deferred.mark();
        try {
            return dsl.transactionResult(() -> {
                Either<E, T> result = work.get();
                if (result.isLeft()) {
                    throw new Rollback(result);
                }
                if (outermost) {
                    // the last queued writes and the commit in one round trip
                    Deferred.commit(dsl.configuration().connectionProvider());
                }
                return result;
            });
        } catch (RuntimeException e) {
            Deferred.dropAfter(queued);
            if (!(e instanceof Rollback rollback)) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            Either<E, T> left = (Either<E, T>) rollback.result;
            return left;
        }
    }

    /** Carries a refusal out of the transaction so that jOOQ rolls it back. */
    private static final class Rollback extends RuntimeException {
        private final transient Either<?, ?> result;

        Rollback(Either<?, ?> result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
