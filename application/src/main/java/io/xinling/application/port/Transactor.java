package io.xinling.application.port;

import io.vavr.control.Either;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a use case in one transaction: commit on {@code Right}, roll back on {@code Left} (and on any
 * exception). A use case called inside another joins its transaction (as a savepoint), so the outer
 * one decides. The outermost transaction is run again (a few times) when the database aborts it as a deadlock
 * victim or for a serialization failure, so {@code work} must not act outside the transaction; when it still
 * loses, or a uniqueness constraint refuses what a concurrent transaction committed first, it throws
 * {@link ConcurrentConflict}.
 */
public interface Transactor {

    <E, T> Either<E, T> inTransaction(Supplier<Either<E, T>> work);

    /**
     * {@link #inTransaction}, except that inside another transaction {@code work} joins it without a savepoint, so a
     * refusal undoes nothing of its own: only for work that refuses before it writes anything (a savepoint and its
     * release cost two round trips to the database).
     */
    default <E, T> Either<E, T> joining(Supplier<Either<E, T>> work) {
        return inProgress() ? work.get() : inTransaction(work);
    }

    /**
     * Whether this thread runs inside {@link #inTransaction} now (so a use case that would hand its work to another
     * thread's transaction must do it in this one instead). An implementation without transactions of its own answers
     * false.
     */
    default boolean inProgress() {
        return false;
    }

    /**
     * Inside {@link #inTransaction}, a map for what the transaction read under a lock it holds to its end (so a second
     * read of the same would give the same), kept until the outermost transaction ends or a nested one rolls back
     * (which releases the locks taken in it); empty outside a transaction, and in an implementation without one.
     */
    default Optional<Map<Object, Object>> kept() {
        return Optional.empty();
    }
}
