package io.xinling.application.port;

import io.vavr.control.Either;

import java.util.function.Supplier;

/**
 * Runs a use case in one transaction: commit on {@code Right}, roll back on {@code Left} (and on any
 * exception). A use case called inside another joins its transaction (as a savepoint), so the outer
 * one decides.
 */
public interface Transactor {

    <E, T> Either<E, T> inTransaction(Supplier<Either<E, T>> work);
}
