package io.xinling.application.port;

/**
 * A transaction lost to a concurrent one and could not be completed: a deadlock or serialization failure that
 * persisted through the {@link Transactor}'s retries, or a uniqueness the other transaction claimed first (two
 * requests creating the same thing at once). Nothing of it was written; the caller may try again.
 */
public final class ConcurrentConflict extends RuntimeException {

    public ConcurrentConflict(String message, Throwable cause) {
        super(message, cause);
    }
}
