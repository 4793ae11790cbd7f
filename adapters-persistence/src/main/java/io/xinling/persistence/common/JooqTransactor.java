package io.xinling.persistence.common;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import org.jooq.DSLContext;

import java.util.function.Supplier;

/**
 * {@link Transactor} on jOOQ's thread-local transactions: every repository using the same
 * {@link DSLContext} on this thread takes part; a nested call becomes a savepoint.
 */
public final class JooqTransactor implements Transactor {

    private final DSLContext dsl;

    public JooqTransactor(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <E, T> Either<E, T> inTransaction(Supplier<Either<E, T>> work) {
        try {
            return dsl.transactionResult(() -> {
                Either<E, T> result = work.get();
                if (result.isLeft()) {
                    throw new Rollback(result);
                }
                return result;
            });
        } catch (Rollback rollback) {
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
